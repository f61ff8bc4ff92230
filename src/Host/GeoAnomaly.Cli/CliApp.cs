using System.CommandLine;
using System.CommandLine.Help;
using GeoAnomaly.Cli.Commands;
using GeoAnomaly.Cli.Infrastructure;

namespace GeoAnomaly.Cli;

/// <summary>The <c>geoanomaly</c> command line: builds the command tree and runs one invocation.</summary>
internal sealed class CliApp
{
    private readonly ICliCommand[] _commands;

    public CliApp(params ICliCommand[] commands) => _commands = commands;

    /// <summary>The product's commands.</summary>
    public static CliApp Default() => new(new PluginsCommand(), new IngestCommand(), new DetectCommand(), new EvaluateCommand(), new DemoCommand(), CommandGroup.Catalog(), new FeaturesCommand(), CommandGroup.Forecast(), CommandGroup.Review());

    /// <summary>Parses and runs <paramref name="args"/>; returns 0 (success), 1 (data or run error) or 2 (usage error).</summary>
    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken, bool interactive = false)
    {
        var (root, actions) = Build();
        var parse = root.Parse(args);
        if (await ReportParseErrorsAsync(parse, error).ConfigureAwait(false))
        {
            return ExitCodes.UsageError;
        }

        try
        {
            var config = parse.GetValue(GlobalOptions.Config);
            if (config is not null)
            {
                args = ConfigFile.Merge(config.FullName, parse.CommandResult.Command, args);
                parse = root.Parse(args);
                if (await ReportParseErrorsAsync(parse, error).ConfigureAwait(false))
                {
                    return ExitCodes.UsageError;
                }
            }
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        if (!actions.TryGetValue(parse.CommandResult.Command, out var command))
        {
            // the root itself, or --help / --version: let System.CommandLine answer
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
        }

        if (parse.Action is HelpAction)
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
        }

        using var log = Logging.Create(error, parse.GetValue(GlobalOptions.LogJson), parse.GetValue(GlobalOptions.LogFile)?.FullName,
            parse.GetValue(GlobalOptions.Verbose), parse.GetValue(GlobalOptions.Quiet));
        var context = new CliContext(output, error, log, parse.GetValue(GlobalOptions.Plugins) ?? [],
            interactive && !parse.GetValue(GlobalOptions.Quiet) && !parse.GetValue(GlobalOptions.LogJson));
        try
        {
            return await command.RunAsync(parse, context, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: cancelled").ConfigureAwait(false);
            return ExitCodes.DataError;
        }
        catch (Exception e)
        {
            log.Debug(e, "{Command} failed", parse.CommandResult.Command.Name);
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.DataError;
        }
    }

    private (RootCommand Root, Dictionary<Command, ICliCommand> Actions) Build()
    {
        var root = new RootCommand("GeoAnomaly: screen station networks for anomalies and evaluate earthquake forecasts.");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        var actions = new Dictionary<Command, ICliCommand>();
        foreach (var command in _commands)
        {
            var defined = command.Define();
            root.Subcommands.Add(defined);
            actions[defined] = command;
            if (command is CommandGroup group)
            {
                foreach (var sub in group.Subcommands)
                {
                    actions[sub] = command; // the group dispatches to its subcommand
                }
            }
        }

        return (root, actions);
    }

    private static async Task<bool> ReportParseErrorsAsync(ParseResult parse, TextWriter error)
    {
        if (parse.Errors.Count == 0)
        {
            return false;
        }

        foreach (var e in parse.Errors)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
        }

        string path = string.Join(' ', parse.CommandResult.Command.Parents.OfType<Command>().Where(c => c is not RootCommand).Reverse().Select(c => c.Name).Append(parse.CommandResult.Command.Name));
        await error.WriteLineAsync($"Run 'geoanomaly {path} --help' for the options.").ConfigureAwait(false);
        return true;
    }
}
