using System.CommandLine;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>A command: declares its options, binds them to a settings record, validates, executes (STYLE rule 17).</summary>
internal interface ICliCommand
{
    /// <summary>The System.CommandLine command with its options and arguments, without an action.</summary>
    Command Define();

    /// <summary>Binds, validates and executes; returns the exit code.</summary>
    Task<int> RunAsync(ParseResult result, CliContext context, CancellationToken cancellationToken);
}

/// <summary>Base for commands with a settings record.</summary>
/// <typeparam name="TSettings">The settings record.</typeparam>
internal abstract class CliCommand<TSettings> : ICliCommand
    where TSettings : ICommandSettings
{
    public abstract Command Define();

    public async Task<int> RunAsync(ParseResult result, CliContext context, CancellationToken cancellationToken)
    {
        var settings = Bind(result);
        var problems = settings.Validate().ToList();
        if (problems.Count > 0)
        {
            foreach (string problem in problems)
            {
                await context.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            return ExitCodes.UsageError;
        }

        return await ExecuteAsync(settings, context, cancellationToken).ConfigureAwait(false);
    }

    protected abstract TSettings Bind(ParseResult result);

    protected abstract Task<int> ExecuteAsync(TSettings settings, CliContext context, CancellationToken cancellationToken);
}
