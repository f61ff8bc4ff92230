using Serilog;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>What a running command gets besides its settings: writers, the logger, plugin folders.</summary>
/// <param name="Out">Results (tables, summaries): standard output.</param>
/// <param name="Error">Reasons for failure: standard error.</param>
/// <param name="Log">Progress and diagnostics (standard error, optionally JSON and a file).</param>
/// <param name="PluginFolders">Folders given with --plugins, searched first.</param>
/// <param name="ShowProgress">Whether a live progress display may be drawn (a terminal, not --quiet).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, ILogger Log, IReadOnlyList<string> PluginFolders, bool ShowProgress);
