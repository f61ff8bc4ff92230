using System.CommandLine;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>Options every command accepts (declared once, recursive on the root command).</summary>
internal static class GlobalOptions
{
    public static readonly Option<FileInfo?> Config = new("--config")
    {
        Description = "JSON file of option values for this command ({\"option-name\": value}); command-line values win.",
        Recursive = true,
    };

    public static readonly Option<bool> LogJson = new("--log-json")
    {
        Description = "Write log events to standard error as compact JSON (one object per line).",
        Recursive = true,
    };

    public static readonly Option<FileInfo?> LogFile = new("--log-file")
    {
        Description = "Also write log events to this file.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log debug detail.",
        Recursive = true,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Log warnings and errors only; no progress display.",
        Recursive = true,
    };

    public static readonly Option<string[]> Plugins = new("--plugins")
    {
        Description = "Plugin folder to search first (repeatable); then GEOANOMALY_PLUGINS, then plugins/ beside the executable.",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static IEnumerable<Option> All => [Config, LogJson, LogFile, Verbose, Quiet, Plugins];
}
