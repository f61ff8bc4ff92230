using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;

namespace GeoAnomaly.Cli.Tests.Support;

/// <summary>A command that prints its bound settings, for testing the command-line machinery.</summary>
internal sealed class EchoCommand : CliCommand<EchoCommand.Settings>
{
    private static readonly Option<int> s_count = new("--count") { Description = "How many.", DefaultValueFactory = _ => 1 };
    private static readonly Option<string[]> s_names = new("--name") { Description = "Names (repeatable)." };
    private static readonly Option<bool> s_fail = new("--fail") { Description = "Throw a data error." };

    public override Command Define() => new("echo", "Prints its options.") { s_count, s_names, s_fail };

    protected override Settings Bind(ParseResult result) =>
        new(result.GetValue(s_count), result.GetValue(s_names) ?? [], result.GetValue(s_fail));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        if (settings.Fail)
        {
            throw new IOException("samples.csv:12: not a number in column 'wl'");
        }

        context.Log.Information("Echoing {Count} for {Names}", settings.Count, settings.Names);
        await context.Out.WriteLineAsync($"count={settings.Count} names={string.Join('|', settings.Names)}");
        return ExitCodes.Success;
    }

    internal sealed record Settings(int Count, string[] Names, bool Fail) : ICommandSettings
    {
        public IEnumerable<string> Validate()
        {
            if (Count < 1)
            {
                yield return $"--count: must be at least 1, got {Count}";
            }
        }
    }
}
