using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Builders for evaluation tests: windows, detections and series on a one-minute grid from <see cref="Some.Start"/>.</summary>
internal static class Scored
{
    public const string Detector = "det";

    /// <summary>A labelled window [from, to) in minutes on <paramref name="station"/>.</summary>
    public static AnomalyLabel Window(int from, int to, string station = "STA") =>
        new(Some.Channel(station), Some.Start.AddMinutes(from), Some.Start.AddMinutes(to), AnomalyKind.Spike);

    /// <summary>A detection [from, to) in minutes (one minute long by default) on <paramref name="station"/>.</summary>
    public static AnomalyEvent Detection(int from, int? to = null, string station = "STA", string detector = Detector) =>
        new(Some.Channel(station), detector, Some.Start.AddMinutes(from), Some.Start.AddMinutes(to ?? from + 1), 0.9999, 5, AnomalyKind.Spike);

    /// <summary>A series of <paramref name="minutes"/> points on <paramref name="station"/> with its windows and detections.</summary>
    public static EventMetricsSeries Series(int minutes, IReadOnlyList<AnomalyLabel> windows, IReadOnlyList<AnomalyEvent> detections, string station = "STA") =>
        new(Some.Channel(station), Detector, Some.Series(minutes), windows, detections);
}
