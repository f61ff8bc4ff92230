namespace GeoAnomaly.Host.Evaluation;

/// <summary>Event-level metrics of one detector over a set of series, for analysts; point-adjusted F1 for the literature.</summary>
/// <param name="Detector">The detector (or ensemble).</param>
/// <param name="Series">Series scored.</param>
/// <param name="Windows">Labelled windows over all series.</param>
/// <param name="Found">Windows overlapped (after widening by the tolerance) by at least one detection.</param>
/// <param name="Detections">Detections (events) over all series.</param>
/// <param name="TrueDetections">Detections overlapping at least one (widened) window.</param>
/// <param name="MedianDelayMinutes">Median detection delay over the found windows, minutes; NaN when none was found.</param>
/// <param name="P90DelayMinutes">90th percentile of the detection delay over the found windows, minutes; NaN when none was found.</param>
/// <param name="ChannelMonths">Screened length over all series (points times step) in months of <see cref="DaysPerMonth"/> days.</param>
/// <param name="Points">Plain point-wise counts.</param>
/// <param name="AdjustedPoints">Point-adjusted counts (<see cref="PointAdjust"/>).</param>
/// <remarks>
/// Definitions (one detector, all its series pooled; windows and detections match with <see cref="EventMatch.Overlaps"/>):
/// <list type="bullet">
/// <item>event precision = detections overlapping a window / all detections (NaN without detections);</item>
/// <item>event recall = windows overlapped by a detection / windows (NaN without windows);</item>
/// <item>F1 = 2PR / (P + R), where an undefined side counts as 0 unless both are undefined (so missing every window with
/// no detections scores 0, and a series with neither windows nor detections has no F1);</item>
/// <item>detection delay of a found window = start of its earliest overlapping detection - window start, clamped at 0
/// (a detection already under way, or inside the tolerance before the window, counts as on time); reported as the
/// median and 90th percentile (linear interpolation between order statistics, Hyndman and Fan type 7, as numpy's
/// default), in minutes;</item>
/// <item>false alarms per channel-month = detections overlapping no window / screened channel-months (30.4375 days, the
/// mean Gregorian month);</item>
/// <item>point-adjusted F1 (Xu et al. 2018, "Unsupervised anomaly detection via variational auto-encoder for seasonal
/// KPIs in web applications", WWW; used by Ren et al. 2019, "Time-series anomaly detection service at Microsoft", KDD,
/// the SR paper): see <see cref="PointAdjust"/>.</item>
/// </list>
/// </remarks>
internal sealed partial record EventMetrics(
    string Detector,
    int Series,
    int Windows,
    int Found,
    int Detections,
    int TrueDetections,
    double MedianDelayMinutes,
    double P90DelayMinutes,
    double ChannelMonths,
    PointCounts Points,
    PointCounts AdjustedPoints)
{
    /// <summary>Days in the month of the false-alarm rate: 365.25 / 12.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>Event precision: true detections / detections; NaN without detections.</summary>
    public double Precision => Detections == 0 ? double.NaN : (double)TrueDetections / Detections;

    /// <summary>Event recall: found windows / windows; NaN without windows.</summary>
    public double Recall => Windows == 0 ? double.NaN : (double)Found / Windows;

    /// <summary>Event F1 (see the remarks of <see cref="EventMetrics"/>).</summary>
    public double F1 => HarmonicMean(Precision, Recall);

    /// <summary>Detections overlapping no window.</summary>
    public int FalseAlarms => Detections - TrueDetections;

    /// <summary>False alarms per screened channel-month; NaN when nothing was screened.</summary>
    public double FalseAlarmsPerChannelMonth => ChannelMonths > 0 ? FalseAlarms / ChannelMonths : double.NaN;

    /// <summary>Plain point-wise F1.</summary>
    public double PointF1 => Points.F1;

    /// <summary>Point-adjusted F1.</summary>
    public double PointAdjustedF1 => AdjustedPoints.F1;

    /// <summary>Scores one detector over <paramref name="series"/> (all of that detector).</summary>
    /// <param name="detector">The detector's name.</param>
    /// <param name="series">Its series, each with windows, detections and grid.</param>
    /// <param name="tolerance">How far outside a window a detection may lie and still match it, on both sides.</param>
    /// <param name="adjustDelayPoints">The point-adjust delay limit in points (null: none, as Xu et al.).</param>
    public static EventMetrics Compute(string detector, IReadOnlyList<EventMetricsSeries> series, TimeSpan tolerance, int? adjustDelayPoints = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        int windows = 0;
        int found = 0;
        int detections = 0;
        int trueDetections = 0;
        double months = 0;
        var delays = new List<double>();
        var points = PointCounts.Zero;
        var adjusted = PointCounts.Zero;
        foreach (var s in series)
        {
            windows += s.Windows.Count;
            detections += s.Detections.Count;
            trueDetections += s.Detections.Count(e => s.Windows.Any(w => EventMatch.Overlaps(e, w, tolerance)));
            foreach (var w in s.Windows)
            {
                var first = s.Detections.Where(e => EventMatch.Overlaps(e, w, tolerance)).Select(e => (DateTimeOffset?)e.Start).Min();
                if (first is { } start)
                {
                    found++;
                    delays.Add(Math.Max(0, (start - w.Start).TotalMinutes));
                }
            }

            months += (s.Data.Step * s.Data.Count).TotalDays / DaysPerMonth;
            var (plain, adjust) = PointAdjust(s.LabelledMask(), s.DetectedMask(), adjustDelayPoints);
            points += plain;
            adjusted += adjust;
        }

        delays.Sort();
        return new EventMetrics(detector, series.Count, windows, found, detections, trueDetections, Percentile(delays, 0.5), Percentile(delays, 0.9), months, points, adjusted);
    }

    /// <summary>The <paramref name="p"/>-quantile of sorted <paramref name="sorted"/> by linear interpolation (type 7); NaN when empty.</summary>
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="p">The probability, 0..1.</param>
    internal static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        double h = (sorted.Count - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>2PR / (P + R); an undefined (NaN) side counts as 0 unless both are; 0 when both are 0.</summary>
    /// <param name="precision">Precision, or NaN.</param>
    /// <param name="recall">Recall, or NaN.</param>
    internal static double HarmonicMean(double precision, double recall)
    {
        if (double.IsNaN(precision) && double.IsNaN(recall))
        {
            return double.NaN;
        }

        double p = double.IsNaN(precision) ? 0 : precision;
        double r = double.IsNaN(recall) ? 0 : recall;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
