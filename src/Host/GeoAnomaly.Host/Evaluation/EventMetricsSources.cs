using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Evaluation;

/// <summary>Builds the <see cref="EventMetricsSeries"/> of a run: from NAB files and their scores, or from a detect run and a label file.</summary>
internal static class EventMetricsSources
{
    /// <summary>
    /// One NAB file as a scored series, at the threshold NAB scored it with: every scored row (after the probationary
    /// period, which NAB does not score) whose anomaly score is at least <paramref name="threshold"/> is a detected point,
    /// and the first row of each run of such rows is a detection (one step long), as NAB credits only a window's earliest
    /// detection. Windows cover their rows: [time of the first row, time of the row after the last); a window wholly in the
    /// probationary period is left out, as NAB does not score it.
    /// </summary>
    /// <param name="file">The NAB file (its windows).</param>
    /// <param name="channel">The file as a channel: the grid the detectors ran on.</param>
    /// <param name="detector">The detector's name.</param>
    /// <param name="scores">One anomaly score per row, as NAB scored them.</param>
    /// <param name="threshold">The detection threshold (the standard profile's optimised one).</param>
    /// <param name="probationPercent">The probationary share (NAB: 0.15).</param>
    /// <exception cref="ArgumentException">The scores do not match the file's rows.</exception>
    public static EventMetricsSeries FromNab(NabFile file, ChannelSeries channel, string detector, IReadOnlyList<double> scores, double threshold, double probationPercent = NabRules.ProbationPercent)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count != file.Length || channel.Series.Count != file.Length)
        {
            throw new ArgumentException($"{file.Name}: {scores.Count} scores and {channel.Series.Count} samples for {file.Length} rows", nameof(scores));
        }

        var grid = channel.Series;
        var id = channel.Channel.Id;
        int probation = Math.Min(NabRules.ProbationLength(file.Length, probationPercent), file.Length);
        bool[] detected = new bool[file.Length];
        var detections = new List<AnomalyEvent>();
        for (int i = probation; i < file.Length; i++)
        {
            detected[i] = scores[i] >= threshold;
            if (detected[i] && (i == probation || !detected[i - 1]))
            {
                detections.Add(new AnomalyEvent(id, detector, grid.TimeAt(i), grid.TimeAt(i + 1), scores[i], scores[i], AnomalyKind.Other));
            }
        }

        var windows = file.Windows.Where(w => w.Last >= probation).Select(w => new AnomalyLabel(id, grid.TimeAt(w.First), grid.TimeAt(w.Last + 1), null)).ToList();
        return new EventMetricsSeries(id, detector, grid, windows, detections) { DetectedPoints = detected };
    }

    /// <summary>
    /// A detect run's series: for every screened channel, one series per detector (and ensemble) that scored it, with the
    /// channel's labels and that detector's events. A detector that failed on a channel has no series there (the run
    /// reports the fault).
    /// </summary>
    /// <param name="result">The run, with its scores kept.</param>
    /// <param name="labels">The labels.</param>
    public static IReadOnlyList<EventMetricsSeries> FromDetect(DetectResult result, IReadOnlyList<AnomalyLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(labels);
        var skipped = result.Skipped.Select(c => c.Id).ToHashSet();
        var labelsOf = labels.ToLookup(l => l.Channel);
        var eventsOf = result.Events.ToLookup(e => (e.Channel, e.Detector));
        var detectorsOf = result.Scores.Select(s => (s.Channel.Id, s.Detector)).Concat(result.Events.Select(e => (Id: e.Channel, e.Detector))).ToLookup(p => p.Id, p => p.Detector);
        var series = new List<EventMetricsSeries>();
        foreach (var channel in result.Channels.Where(c => !skipped.Contains(c.Channel.Id)))
        {
            var id = channel.Channel.Id;
            foreach (string detector in detectorsOf[id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                series.Add(new EventMetricsSeries(id, detector, channel.Series, [.. labelsOf[id]], [.. eventsOf[(id, detector)]]));
            }
        }

        return series;
    }

    /// <summary>Checks that every label is on a screened channel, so none is dropped silently.</summary>
    /// <param name="path">The label file, for the message.</param>
    /// <param name="labels">The labels with their lines.</param>
    /// <param name="channels">The channels screened.</param>
    /// <exception cref="DataException">A label's channel was not screened; names the file and line.</exception>
    public static void CheckChannels(string path, IReadOnlyList<(AnomalyLabel Label, long Line)> labels, IReadOnlyList<ChannelSeries> channels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(channels);
        var known = channels.Select(c => c.Channel.Id).ToHashSet();
        foreach (var (label, line) in labels)
        {
            if (!known.Contains(label.Channel))
            {
                throw new DataException(path, line, $"column channel: {label.Channel} is not among the {known.Count} channel(s) screened (check the station list and the label's network/station/channel codes)");
            }
        }
    }
}
