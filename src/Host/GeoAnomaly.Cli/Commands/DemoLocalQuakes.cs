using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Synthetic;
using GeoAnomaly.Synthetic.Seismicity;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// The demo network's own earthquakes: an ETAS catalog over the stations' box and the days of station data, so the
/// station review dashboard has earthquakes beside the anomalies (the forecast half's catalog covers other years).
/// </summary>
/// <remarks>Five background events of M ≥ 2.5 per day over the box (about 6° × 6°), the ETAS defaults otherwise: a
/// two-week demo then has some seventy events, one or two of them M ≥ 4. The catalog draws from its own random streams,
/// so it does not change the network's numbers.</remarks>
internal static class DemoLocalQuakes
{
    /// <summary>The <c>source</c> tag of these earthquakes in <c>ga_quake</c>.</summary>
    public const string Source = "demo-local";

    /// <summary>Background events per day.</summary>
    public const double BackgroundRate = 5;

    /// <summary>Simulates the catalog and writes it to <c>FOLDER/quakes.csv</c> (ComCat CSV).</summary>
    /// <param name="spec">The network the catalog goes with.</param>
    /// <param name="folder">The network's folder.</param>
    /// <returns>The file's path and the number of events.</returns>
    public static (string Path, int Count) Write(NetworkSpec spec, string folder)
    {
        var catalog = EtasSimulator.Simulate(EtasSpec.Over(spec) with { BackgroundRate = BackgroundRate });
        string path = Path.Combine(folder, "quakes.csv");
        EtasCsvWriter.WriteFile(path, catalog);
        return (path, catalog.Events.Count);
    }

    /// <summary>Ingests the catalog into <c>ga_quake</c> with the source tag <see cref="Source"/>, as <c>catalog ingest</c> does.</summary>
    /// <param name="path">The catalog file.</param>
    /// <param name="influx">InfluxDB settings with a URL.</param>
    /// <param name="context">Writers, logger.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static Task IngestAsync(string path, InfluxOptions.Settings influx, CliContext context, CancellationToken cancellationToken) =>
        DemoForecast.RunStepAsync(context, cancellationToken, "catalog", "ingest", path, "--source", Source, "--influx", influx.Url!, "--database", influx.Database);
}
