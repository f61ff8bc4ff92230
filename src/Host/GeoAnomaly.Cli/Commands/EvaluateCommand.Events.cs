using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Evaluation;

namespace GeoAnomaly.Cli.Commands;

/// <summary>The event-level part of <c>geoanomaly evaluate</c>: its options, and the table, CSV and timelines of a run.</summary>
internal sealed partial class EvaluateCommand
{
    private static readonly Option<string?> s_labels = new("--labels")
    {
        Description = "Label file (network,station,channel,start,end,kind, as 'demo' writes it): run the detectors on --stations' files (or the given files) and score their events against it; not with --nab.",
    };

    private static readonly Option<string?> s_stations = new("--stations") { Description = "With --labels: station list CSV whose file column names the files to screen (as 'detect --stations')." };

    private static readonly Argument<string[]> s_files = new("files")
    {
        Description = "With --labels: station files to screen (instead of the --stations list's file column).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<double> s_toleranceMinutes = new("--tolerance-minutes")
    {
        Description = "With --labels: an event within this many minutes of a labelled window counts as finding it (NAB windows are used as they are).",
        DefaultValueFactory = _ => 30,
    };

    private static readonly Option<int> s_timelines = new("--timelines")
    {
        Description = "With --out: PNG timelines (OUT/timelines/) of this many worst series per detector (lowest event F1, then most false alarms); 0 for none.",
        DefaultValueFactory = _ => EventTimeline.DefaultWorst,
    };

    private static Settings BindEvents(ParseResult result, Settings settings) => settings with
    {
        Labels = result.GetValue(s_labels),
        Stations = result.GetValue(s_stations),
        Files = result.GetValue(s_files) ?? [],
        ToleranceMinutes = result.GetValue(s_toleranceMinutes),
        Timelines = result.GetValue(s_timelines),
        Reviews = result.GetValue(s_reviews),
        Events = result.GetValue(s_reviewEvents),
        Influx = InfluxOptions.Bind(result),
    };

    /// <summary>Prints the event table; with <c>--out</c> writes <c>event_metrics.csv</c> and the worst series' timelines.</summary>
    private static async Task ReportEventsAsync(Settings settings, CliContext context, IReadOnlyList<EventMetricsSeries> series, TimeSpan tolerance, string heading)
    {
        var rows = series.GroupBy(s => s.Detector, StringComparer.Ordinal)
            .Select(g => EventMetrics.Compute(g.Key, [.. g], tolerance))
            .ToList();
        var output = context.Out;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{heading} {series.Select(s => s.Channel).Distinct().Count()} series, tolerance {tolerance.TotalMinutes:0.#} min")).ConfigureAwait(false);
        using (var text = new StringWriter(CultureInfo.InvariantCulture))
        {
            EventMetricsTable.WriteText(text, rows);
            await output.WriteAsync(text.ToString()).ConfigureAwait(false);
        }

        if (settings.Out is null)
        {
            return;
        }

        string csv = EventMetricsTable.WriteCsv(settings.Out, rows);
        var timelines = settings.Timelines > 0 ? EventTimeline.WriteWorst(settings.Out, series, tolerance, settings.Timelines) : [];
        await output.WriteLineAsync($"  wrote {csv} and {timelines.Count} timeline(s) in {Path.Combine(settings.Out, EventTimeline.FolderName)}").ConfigureAwait(false);
    }

    /// <summary>The event-level inputs of the settings.</summary>
    internal sealed partial record Settings
    {
        /// <summary>The label file (<c>--labels</c>), or null to score a NAB corpus.</summary>
        public string? Labels { get; init; }

        /// <summary>The station list naming the files to screen (<c>--stations</c>), or null.</summary>
        public string? Stations { get; init; }

        /// <summary>Station files to screen.</summary>
        public IReadOnlyList<string> Files { get; init; } = [];

        /// <summary>The matching tolerance for <c>--labels</c>, minutes.</summary>
        public double ToleranceMinutes { get; init; } = 30;

        /// <summary>Timelines per detector.</summary>
        public int Timelines { get; init; } = EventTimeline.DefaultWorst;

        private IEnumerable<string> InputProblems()
        {
            int modes = (Nab is null ? 0 : 1) + (Labels is null ? 0 : 1) + (Reviews is null ? 0 : 1);
            if (modes > 1)
            {
                yield return "--nab, --labels, --reviews: give one of them (--nab scores a NAB corpus, --labels station files against a label file, --reviews detector events against analysts' verdicts)";
            }
            else if (modes == 0)
            {
                yield return "--nab, --labels or --reviews: give a NAB-layout folder (--nab DIR), a label file (--labels FILE with --stations LIST or station files), or analysts' verdicts (--reviews FILE|influx)";
            }

            foreach (string problem in ReviewProblems())
            {
                yield return problem;
            }

            if (Labels is not null && !File.Exists(Labels))
            {
                yield return $"--labels: file {Labels} does not exist";
            }

            if (Labels is not null && Files.Count == 0 && Stations is null)
            {
                yield return "--stations: give a station list whose file column names the files to screen, or the files themselves";
            }

            if (Labels is null && (Stations is not null || Files.Count > 0))
            {
                yield return "--stations and files: only with --labels (NAB files come from --nab)";
            }

            if (Stations is not null && !File.Exists(Stations))
            {
                yield return $"--stations: file {Stations} does not exist";
            }

            foreach (string file in Files.Where(f => !File.Exists(f)))
            {
                yield return $"files: {file} does not exist";
            }

            if (!(ToleranceMinutes >= 0 && double.IsFinite(ToleranceMinutes)))
            {
                yield return $"--tolerance-minutes: must be a number of minutes of at least 0, got {ToleranceMinutes}";
            }

            if (Timelines < 0)
            {
                yield return $"--timelines: must be at least 0, got {Timelines}";
            }
        }
    }
}
