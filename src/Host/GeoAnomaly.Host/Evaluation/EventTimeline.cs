using System.Globalization;
using ScottPlot;

namespace GeoAnomaly.Host.Evaluation;

/// <summary>
/// PNG timelines of scored series (ScottPlot, rendered headless with SkiaSharp): the data as a line, the labelled windows
/// shaded, the detections marked at their start, and a title naming the series, the detector and its event metrics.
/// </summary>
internal static class EventTimeline
{
    /// <summary>Default image width, pixels.</summary>
    public const int DefaultWidth = 1400;

    /// <summary>Default image height, pixels.</summary>
    public const int DefaultHeight = 450;

    /// <summary>Default number of series drawn per detector.</summary>
    public const int DefaultWorst = 5;

    /// <summary>The sub-folder of the output folder the timelines go to.</summary>
    public const string FolderName = "timelines";

    /// <summary>
    /// The <paramref name="count"/> worst of one detector's series, worst first: lowest event F1 (a series with no window
    /// and no detection, whose F1 is undefined, counts as perfect), ties broken by more false alarms, then by channel.
    /// </summary>
    /// <param name="series">One detector's series.</param>
    /// <param name="tolerance">The matching tolerance, as for <see cref="EventMetrics.Compute"/>.</param>
    /// <param name="count">How many to return.</param>
    public static IReadOnlyList<(EventMetricsSeries Series, EventMetrics Metrics)> Worst(IReadOnlyList<EventMetricsSeries> series, TimeSpan tolerance, int count)
    {
        ArgumentNullException.ThrowIfNull(series);
        return
        [
            .. series
                .Select(s => (Series: s, Metrics: EventMetrics.Compute(s.Detector, [s], tolerance)))
                .OrderBy(p => double.IsNaN(p.Metrics.F1) ? 1 : p.Metrics.F1)
                .ThenByDescending(p => p.Metrics.FalseAlarms)
                .ThenBy(p => p.Series.Channel.ToString(), StringComparer.Ordinal)
                .Take(count),
        ];
    }

    /// <summary>Draws the worst <paramref name="count"/> series of every detector into <c>folder/timelines/</c>; returns the files written.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="series">Every detector's series.</param>
    /// <param name="tolerance">The matching tolerance.</param>
    /// <param name="count">Series per detector.</param>
    /// <param name="width">Image width, pixels.</param>
    /// <param name="height">Image height, pixels.</param>
    public static IReadOnlyList<string> WriteWorst(string folder, IReadOnlyList<EventMetricsSeries> series, TimeSpan tolerance, int count = DefaultWorst, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(series);
        string target = Path.Combine(folder, FolderName);
        Directory.CreateDirectory(target);
        var written = new List<string>();
        foreach (var byDetector in series.GroupBy(s => s.Detector, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (s, metrics) in Worst([.. byDetector], tolerance, count))
            {
                string path = Path.Combine(target, FileName(s));
                Draw(path, s, metrics, width, height);
                written.Add(path);
            }
        }

        return written;
    }

    /// <summary>The file name of a series' timeline: <c>detector_network.station.channel.png</c>, unsafe characters as <c>_</c>.</summary>
    /// <param name="series">The series.</param>
    public static string FileName(EventMetricsSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var invalid = Path.GetInvalidFileNameChars();
        string name = $"{series.Detector}_{series.Channel}";
        return new string([.. name.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c)]) + ".png";
    }

    /// <summary>Draws one series' timeline to <paramref name="path"/>.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="series">The series, its windows and detections.</param>
    /// <param name="metrics">Its metrics, for the title.</param>
    /// <param name="width">Image width, pixels.</param>
    /// <param name="height">Image height, pixels.</param>
    public static void Draw(string path, EventMetricsSeries series, EventMetrics metrics, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(metrics);
        using var plot = new Plot();
        var data = series.Data;
        var values = data.Values;
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            min = double.IsNaN(v) ? min : Math.Min(min, v);
            max = double.IsNaN(v) ? max : Math.Max(max, v);
        }

        // Windows are shaded at least 0.3 % of the plot wide, so a labelled minute on a month of data still shows.
        double minWidth = (data.Step * data.Count).TotalDays * 0.003;
        foreach (var w in series.Windows)
        {
            double x0 = X(w.Start);
            double x1 = Math.Max(X(w.End), x0 + minWidth);
            var span = plot.Add.HorizontalSpan(x0, x1, Colors.DarkOrange.WithAlpha(0.35));
            span.LineStyle.Width = 0;
            span.LegendText = w == series.Windows[0] ? "labelled windows" : string.Empty;
        }

        // One line per run of valid samples, so gaps show as gaps.
        bool labelled = false;
        int i = 0;
        while (i < values.Length)
        {
            if (double.IsNaN(values[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < values.Length && !double.IsNaN(values[i]))
            {
                i++;
            }

            // About four points per pixel column in all; a longer run is drawn as its min/max envelope.
            int budget = (int)Math.Max(2, 4L * width * (i - start) / values.Length);
            var (indices, ys) = Envelope(values[start..i], budget);
            double[] xs = [.. indices.Select(k => X(data.TimeAt(start + k)))];
            var line = plot.Add.ScatterLine(xs, ys, Colors.SteelBlue);
            line.LineWidth = 1;
            line.LegendText = labelled ? string.Empty : "data";
            labelled = true;
        }

        if (series.Detections.Count > 0)
        {
            double top = double.IsFinite(max) ? max : 1;
            double[] dx = [.. series.Detections.Select(e => X(e.Start))];
            double[] dy = [.. series.Detections.Select(e => ValueAt(series, e.Start) is { } v ? v : top)];
            var marks = plot.Add.Markers(dx, dy, MarkerShape.FilledTriangleDown, 9, Colors.Crimson);
            marks.LegendText = "detections";
        }

        if (double.IsFinite(min))
        {
            double pad = max > min ? (max - min) * 0.05 : 1;
            plot.Axes.SetLimitsY(min - pad, max + pad);
        }

        if (plot.Axes.DateTimeTicksBottom().TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = t => t.ToString("yyyy-MM-dd\nHH:mm", CultureInfo.InvariantCulture);
        }

        plot.Title(Title(series, metrics), 13);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, width, height);
    }

    /// <summary>The title: series, detector, then F1, precision, recall, delay and false alarms.</summary>
    /// <param name="series">The series.</param>
    /// <param name="m">Its metrics.</param>
    internal static string Title(EventMetricsSeries series, EventMetrics m) => string.Create(
        CultureInfo.InvariantCulture,
        $"{series.Channel} - {series.Detector}: F1 {EventMetricsTable.Text(m.F1, "0.00")}, P {EventMetricsTable.Text(m.Precision, "0.00")}, R {EventMetricsTable.Text(m.Recall, "0.00")} ({m.Found}/{m.Windows} windows), median delay {EventMetricsTable.Text(m.MedianDelayMinutes, "0")} min, {m.FalseAlarms} false alarm(s)");

    /// <summary>
    /// The points to draw for <paramref name="values"/>: all of them when they are at most <paramref name="budget"/>;
    /// otherwise the minimum and the maximum of each of <c>budget / 2</c> consecutive buckets, in time order, so every
    /// spike and the full range survive the reduction.
    /// </summary>
    /// <param name="values">Consecutive samples.</param>
    /// <param name="budget">The most points to return (at least 2).</param>
    /// <returns>The indices into <paramref name="values"/> kept, and their values.</returns>
    internal static (int[] Indices, double[] Values) Envelope(ReadOnlySpan<double> values, int budget)
    {
        if (values.Length <= budget)
        {
            int[] all = [.. Enumerable.Range(0, values.Length)];
            return (all, values.ToArray());
        }

        int buckets = Math.Max(1, budget / 2);
        var indices = new List<int>(buckets * 2);
        for (int b = 0; b < buckets; b++)
        {
            int from = (int)((long)values.Length * b / buckets);
            int to = (int)((long)values.Length * (b + 1) / buckets);
            int lo = from;
            int hi = from;
            for (int k = from + 1; k < to; k++)
            {
                lo = values[k] < values[lo] ? k : lo;
                hi = values[k] > values[hi] ? k : hi;
            }

            indices.Add(Math.Min(lo, hi));
            if (lo != hi)
            {
                indices.Add(Math.Max(lo, hi));
            }
        }

        int[] kept = [.. indices];
        double[] ys = new double[kept.Length];
        for (int k = 0; k < kept.Length; k++)
        {
            ys[k] = values[kept[k]];
        }

        return (kept, ys);
    }

    private static double? ValueAt(EventMetricsSeries series, DateTimeOffset time)
    {
        long index = (time - series.Data.Start).Ticks / series.Data.Step.Ticks;
        return index >= 0 && index < series.Data.Count && !double.IsNaN(series.Data[(int)index]) ? series.Data[(int)index] : null;
    }

    private static double X(DateTimeOffset time) => time.UtcDateTime.ToOADate();
}
