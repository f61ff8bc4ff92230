using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>Turns a detector's per-sample scores (calibrated, see <see cref="ScoreCalibrator"/>) into anomaly events.</summary>
/// <remarks>
/// <para>Four steps, all in samples of the score's grid:</para>
/// <list type="number">
/// <item>A sample is anomalous when its (calibrated) score is at least <see cref="EventFormerOptions.Threshold"/>; NaN
/// never is, nor (with <see cref="EventFormerOptions.GuardGaps"/>) are the <c>min(g, w)</c> samples after a gap of
/// <c>g</c> missing values (missing channel values, or NaN scores when no values are given), <c>w</c> being the
/// detector's warm-up: a detector's window still holds filled values there, and a telemetry outage is not an
/// anomaly.</item>
/// <item>Maximal runs of anomalous samples whose gap (samples between the end of one and the start of the next) is
/// less than <see cref="EventFormerOptions.MergeGap"/> are merged into one event spanning both (a duration is turned
/// into <c>ceil(duration / step)</c> samples, see <see cref="SampleSpan"/>).</item>
/// <item>Events lasting fewer than <see cref="EventFormerOptions.MinDuration"/> samples (first to last, after merging)
/// are dropped.</item>
/// <item>Each event's kind is classified from the channel's values around it by <see cref="EventKindClassifier"/>
/// (when values are given and <see cref="EventFormerOptions.ClassifyKinds"/> is on; otherwise <c>other</c>).</item>
/// </list>
/// <para>An event starts at its first anomalous sample and ends one step after its last. Its
/// <see cref="AnomalyEvent.Score"/> is the peak calibrated score inside it and its <see cref="AnomalyEvent.RawScore"/>
/// the peak raw score inside it (the same sample, since calibration is monotone, unless calibrated scores tie at 1);
/// without raw scores both are the peak score. Details hold <c>peak_time</c> (ISO 8601 UTC) and the classifier's
/// evidence. Linear in the series length, plus the classifier's cost per event.</para>
/// </remarks>
internal static class EventFormer
{
    /// <summary>Finds the events in one score column (raw score = score, kind <c>other</c>).</summary>
    /// <param name="channel">The channel the scores belong to.</param>
    /// <param name="detector">The detector's name.</param>
    /// <param name="scores">The score column, one value per grid sample, NaN where there is no score.</param>
    /// <param name="options">Threshold, merge gap and minimum duration.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IReadOnlyList<AnomalyEvent> Form(ChannelId channel, string detector, Series scores, EventFormerOptions options) =>
        Form(channel, detector, scores, null, null, options, 0);

    /// <summary>Finds the events in calibrated scores, with raw scores and the channel's values for the kinds.</summary>
    /// <param name="channel">The channel the scores belong to.</param>
    /// <param name="detector">The detector's (or ensemble's) name.</param>
    /// <param name="calibrated">Calibrated scores, NaN where there is none.</param>
    /// <param name="raw">Raw scores on the same grid, or null when the calibrated ones are all there is.</param>
    /// <param name="values">The channel's values on the same grid (for the kind), or null.</param>
    /// <param name="options">Threshold, merge gap, minimum duration, gap guard, kind classification.</param>
    /// <param name="warmUp">The detector's warm-up in samples: the longest gap guard.</param>
    /// <exception cref="ArgumentException">The options are invalid, or a series is not on the scores' grid.</exception>
    public static IReadOnlyList<AnomalyEvent> Form(ChannelId channel, string detector, Series calibrated, Series? raw, Series? values, EventFormerOptions options, int warmUp)
    {
        ArgumentException.ThrowIfNullOrEmpty(detector);
        ArgumentNullException.ThrowIfNull(calibrated);
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        SameGrid(calibrated, raw, nameof(raw));
        SameGrid(calibrated, values, nameof(values));
        int mergeGap = options.MergeGap.ToSamples(calibrated.Step);
        int minDuration = options.MinDuration.ToSamples(calibrated.Step);
        var events = new List<AnomalyEvent>();
        double[]? guarded = options.GuardGaps && warmUp > 0 ? GuardGaps(calibrated.Values, (values ?? calibrated).Values, warmUp) : null;
        ReadOnlySpan<double> candidates = guarded ?? calibrated.Values;
        foreach (var (first, last) in Runs(candidates, options.Threshold, mergeGap))
        {
            if (last - first + 1 < minDuration)
            {
                continue;
            }

            int peakAt = PeakIndex(candidates, first, last);
            double peak = calibrated[peakAt];
            double rawPeak = raw is null ? peak : Max(raw.Values, first, last);
            var kind = AnomalyKind.Other;
            var details = new Dictionary<string, string> { ["peak_time"] = CsvText.Time(calibrated.TimeAt(peakAt)) };
            if (values is not null && options.ClassifyKinds)
            {
                var verdict = EventKindClassifier.Classify(values.Values, first, last + 1, options.Kinds);
                kind = verdict.Kind;
                foreach (var (key, value) in verdict.Details)
                {
                    details[key] = value;
                }
            }

            events.Add(new AnomalyEvent(channel, detector, calibrated.TimeAt(first), calibrated.TimeAt(last + 1), peak, rawPeak, kind)
            {
                Details = details,
            });
        }

        return events;
    }

    /// <summary>First and last index of each merged run of anomalous samples.</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="threshold">Anomalous at or above this.</param>
    /// <param name="mergeGap">Runs whose gap is less than this many samples merge.</param>
    internal static List<(int First, int Last)> Runs(ReadOnlySpan<double> scores, double threshold, int mergeGap)
    {
        var runs = new List<(int First, int Last)>();
        int i = 0;
        while (i < scores.Length)
        {
            if (!(scores[i] >= threshold))
            {
                i++;
                continue;
            }

            int first = i;
            while (i < scores.Length && scores[i] >= threshold)
            {
                i++;
            }

            int last = i - 1;
            if (runs.Count > 0 && first - runs[^1].Last - 1 < mergeGap)
            {
                runs[^1] = (runs[^1].First, last);
            }
            else
            {
                runs.Add((first, last));
            }
        }

        return runs;
    }

    /// <summary>The scores with the <c>min(g, warmUp)</c> samples after each run of <c>g</c> missing values set to NaN, or null when no sample is guarded.</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="values">Where gaps are looked for (NaN = missing), on the same grid.</param>
    /// <param name="warmUp">The longest guard.</param>
    internal static double[]? GuardGaps(ReadOnlySpan<double> scores, ReadOnlySpan<double> values, int warmUp)
    {
        double[]? guarded = null;
        int i = 0;
        while (i < values.Length)
        {
            if (!double.IsNaN(values[i]))
            {
                i++;
                continue;
            }

            int gapStart = i;
            while (i < values.Length && double.IsNaN(values[i]))
            {
                i++;
            }

            // A gap at the very start is the warm-up's business, not a guard's.
            if (gapStart == 0)
            {
                continue;
            }

            int end = Math.Min(values.Length, i + Math.Min(i - gapStart, warmUp));
            if (end > i)
            {
                guarded ??= scores.ToArray();
                guarded.AsSpan(i, end - i).Fill(double.NaN);
            }
        }

        return guarded;
    }

    private static int PeakIndex(ReadOnlySpan<double> scores, int first, int last)
    {
        int at = first;
        for (int i = first + 1; i <= last; i++)
        {
            if (scores[i] > scores[at])
            {
                at = i;
            }
        }

        return at;
    }

    private static double Max(ReadOnlySpan<double> values, int first, int last)
    {
        double max = double.NaN;
        for (int i = first; i <= last; i++)
        {
            double v = values[i];
            if (!double.IsNaN(v) && (double.IsNaN(max) || v > max))
            {
                max = v;
            }
        }

        return max;
    }

    private static void SameGrid(Series scores, Series? other, string name)
    {
        if (other is not null && (other.Start != scores.Start || other.Step != scores.Step || other.Count != scores.Count))
        {
            throw new ArgumentException($"{name} ({other.Start:O}, step {other.Step}, {other.Count} samples) is not on the scores' grid ({scores.Start:O}, step {scores.Step}, {scores.Count} samples)", name);
        }
    }
}
