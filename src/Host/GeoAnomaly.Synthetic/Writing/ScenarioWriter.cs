using System.Globalization;
using GeoAnomaly.Synthetic.Forecasting;

namespace GeoAnomaly.Synthetic.Writing;

/// <summary>The files of a forecast scenario, each in a format <c>geoanomaly features</c> reads.</summary>
/// <param name="Catalog"><c>catalog.csv</c>: ComCat-style CSV (<see cref="EtasCsvWriter"/>).</param>
/// <param name="Stations"><c>stations.csv</c>: the station list (<see cref="NetworkWriter.StationsHeader"/>, empty <c>file</c>).</param>
/// <param name="Events"><c>events.csv</c>: the anomaly events in the layout of <c>detect</c>'s events file.</param>
internal sealed record ScenarioFiles(string Catalog, string Stations, string Events);

/// <summary>Writes a <see cref="ForecastScenario"/> as <c>catalog.csv</c>, <c>stations.csv</c> and <c>events.csv</c>.</summary>
/// <remarks>
/// <para><c>events.csv</c> has the columns of the host's events writer:
/// <c>network,station,channel,kind,detector,start,end,duration_s,score,raw_score,type,details</c>; the detector is
/// <see cref="Detector"/>, <c>raw_score</c> equals the score, and <c>details</c> holds the ground truth
/// (<c>truth=precursor;event=sy000123</c> or <c>truth=false-alarm</c>), which the features ignore.</para>
/// <para>Every file is written atomically (<see cref="AtomicFile"/>), the catalog first and the events last.</para>
/// </remarks>
internal static class ScenarioWriter
{
    /// <summary>The detector name of every event.</summary>
    public const string Detector = "scenario";

    /// <summary>The header of <c>events.csv</c>.</summary>
    public const string EventsHeader = "network,station,channel,kind,detector,start,end,duration_s,score,raw_score,type,details";

    /// <summary>Writes the three files into <paramref name="directory"/> (created when missing), replacing files of the same names.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="directory">The output folder.</param>
    /// <returns>The paths written.</returns>
    public static ScenarioFiles Write(ForecastScenario scenario, string directory)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Directory.CreateDirectory(directory);
        var files = new ScenarioFiles(Path.Combine(directory, "catalog.csv"), Path.Combine(directory, "stations.csv"), Path.Combine(directory, "events.csv"));
        EtasCsvWriter.WriteFile(files.Catalog, scenario.Catalog);
        AtomicFile.Write(files.Stations, writer => WriteStations(writer, scenario));
        AtomicFile.Write(files.Events, writer => WriteEvents(writer, scenario));
        return files;
    }

    /// <summary>Writes the station list: one row per station (each has one channel).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="scenario">The scenario.</param>
    public static void WriteStations(TextWriter writer, ForecastScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scenario);
        writer.Write(NetworkWriter.StationsHeader);
        writer.Write('\n');
        foreach (var station in scenario.Stations)
        {
            var channel = station.Channels[0];
            writer.Write(string.Join(
                ',',
                FileText.Csv(channel.Id.Network),
                FileText.Csv(channel.Id.Station),
                FileText.Exact(station.Location.Latitude),
                FileText.Exact(station.Location.Longitude),
                FileText.Exact(station.Location.ElevationMetres),
                FileText.Csv(channel.Id.Channel),
                FileText.Kind(channel.Kind),
                FileText.Csv(channel.Units),
                string.Empty));
            writer.Write('\n');
        }
    }

    /// <summary>Writes the anomaly events, in the scenario's order.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="scenario">The scenario.</param>
    public static void WriteEvents(TextWriter writer, ForecastScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scenario);
        writer.Write(EventsHeader);
        writer.Write('\n');
        foreach (var a in scenario.Anomalies)
        {
            string score = FileText.Exact(a.Score);
            writer.Write(string.Join(
                ',',
                FileText.Csv(a.Channel.Id.Network),
                FileText.Csv(a.Channel.Id.Station),
                FileText.Csv(a.Channel.Id.Channel),
                FileText.Kind(a.Channel.Kind),
                Detector,
                FileText.Time(a.Start),
                FileText.Time(a.End),
                (a.End - a.Start).TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
                score,
                score,
                FileText.Kind(a.Kind),
                a.Precursor is { } p ? $"truth=precursor;event={p.EventId}" : "truth=false-alarm"));
            writer.Write('\n');
        }
    }
}
