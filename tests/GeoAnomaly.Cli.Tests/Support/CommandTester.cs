using GeoAnomaly.Cli;
using GeoAnomaly.Cli.Infrastructure;

namespace GeoAnomaly.Cli.Tests.Support;

/// <summary>Runs the command line in-process and captures exit code, standard output and standard error.</summary>
internal sealed class CommandTester(CliApp app)
{
    public CommandTester()
        : this(CliApp.Default())
    {
    }

    public CommandTester(params ICliCommand[] commands)
        : this(new CliApp(commands))
    {
    }

    public async Task<CommandResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await app.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CommandResult(exit, output.ToString(), error.ToString());
    }
}

internal sealed record CommandResult(int ExitCode, string Output, string Error);
