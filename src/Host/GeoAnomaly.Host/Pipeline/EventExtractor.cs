using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>Turns a detector's per-sample score column into anomaly events.</summary>
/// <remarks>
/// <para>Three steps, all in samples of the score's grid:</para>
/// <list type="number">
/// <item>A sample is anomalous when its score is at least <see cref="EventExtractorOptions.Threshold"/>; NaN never is.</item>
/// <item>Maximal runs of anomalous samples whose gap (samples between the end of one and the start of the next) is
/// less than <see cref="EventExtractorOptions.MergeGap"/> are merged into one event spanning both.</item>
/// <item>Events lasting fewer than <see cref="EventExtractorOptions.MinDuration"/> samples are dropped.</item>
/// </list>
/// <para>An event starts at its first anomalous sample and ends one step after its last; its raw score is the peak
/// score inside it. Until calibration exists, <see cref="AnomalyEvent.Score"/> equals the raw score, and the kind is
/// <see cref="AnomalyKind.Other"/>; kind classification comes with calibration. Linear in the series length.</para>
/// </remarks>
internal static class EventExtractor
{
    /// <summary>Finds the events in <paramref name="scores"/>.</summary>
    /// <param name="channel">The channel the scores belong to.</param>
    /// <param name="detector">The detector's name.</param>
    /// <param name="scores">The score column, one value per grid sample, NaN where there is no score.</param>
    /// <param name="options">Threshold, merge gap and minimum duration.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IReadOnlyList<AnomalyEvent> Extract(ChannelId channel, string detector, Series scores, EventExtractorOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(detector);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        string[] errors = options.Validate().ToArray();
        if (errors.Length > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        var events = new List<AnomalyEvent>();
        foreach (var (first, last) in Runs(scores.Values, options))
        {
            if (last - first + 1 < options.MinDuration)
            {
                continue;
            }

            double peak = Peak(scores.Values[first..(last + 1)]);
            events.Add(new AnomalyEvent(channel, detector, scores.TimeAt(first), scores.TimeAt(last + 1), peak, peak, AnomalyKind.Other));
        }

        return events;
    }

    /// <summary>First and last index of each merged run of anomalous samples.</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="options">Threshold and merge gap.</param>
    internal static List<(int First, int Last)> Runs(ReadOnlySpan<double> scores, EventExtractorOptions options)
    {
        var runs = new List<(int First, int Last)>();
        int i = 0;
        while (i < scores.Length)
        {
            if (!(scores[i] >= options.Threshold))
            {
                i++;
                continue;
            }

            int first = i;
            while (i < scores.Length && scores[i] >= options.Threshold)
            {
                i++;
            }

            int last = i - 1;
            if (runs.Count > 0 && first - runs[^1].Last - 1 < options.MergeGap)
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

    private static double Peak(ReadOnlySpan<double> scores)
    {
        double peak = double.NegativeInfinity;
        foreach (double s in scores)
        {
            if (s > peak)
            {
                peak = s;
            }
        }

        return peak;
    }
}
