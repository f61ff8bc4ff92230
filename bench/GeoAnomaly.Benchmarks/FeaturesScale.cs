using System.Diagnostics;
using System.Globalization;
using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Anomalies;
using GeoAnomaly.Host.Catalogs.Cells;
using GeoAnomaly.Host.Catalogs.Features;
using GeoAnomaly.Host.Catalogs.Indicators;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic;
using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Benchmarks;

/// <summary>
/// Forecast-dataset scale: a 30-year ETAS catalog of about 100,000 events over a 20 x 20 degree region, 1-degree cells,
/// weekly issue times (about 626,000 rows), with anomaly features from 100 stations (one anomaly event per station and
/// week on average), written as CSV to a temporary file. Reports wall time and peak working set, and as the reference
/// measured in the same run the time to write the same number of rows of the same width without computing anything.
/// Run: <c>dotnet GeoAnomaly.Benchmarks.dll features-scale [--years 30] [--stations 100]</c>. Aim: under 30 s and 2 GB.
/// </summary>
internal static class FeaturesScale
{
    public static int Run(string[] args)
    {
        int years = NetworkScale.Option(args, "--years", 30);
        int stationCount = NetworkScale.Option(args, "--stations", 100);
        var start = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var duration = TimeSpan.FromDays(365.25 * years);
        var region = new GeoBox(25, 45, 125, 145);

        var clock = Stopwatch.StartNew();
        var etas = EtasSimulator.Simulate(new EtasSpec { Start = start, Duration = duration, Region = region, BackgroundRate = 5.5 });
        var catalog = new EarthquakeCatalog("etas", etas.Events.Select(e => new Earthquake(e.Time, e.Latitude, e.Longitude, e.DepthKm, e.Magnitude) { Id = e.Id }));
        var simulate = clock.Elapsed;

        var random = new Random(7);
        var stations = Enumerable.Range(0, stationCount).ToDictionary(
            i => $"BN.S{i:D3}", _ => new StationLocation(25 + (20 * random.NextDouble()), 125 + (20 * random.NextDouble()), 0));
        string[] detectors = ["spectral-residual", "ssa-changepoint", "isolation-forest"];
        ChannelKind[] kinds = [ChannelKind.Deformation, ChannelKind.Electromagnetic, ChannelKind.Fluid];
        int weeks = (int)(duration.TotalDays / 7);
        var anomalies = stations.SelectMany(s => Enumerable.Range(0, weeks).Select(_ =>
        {
            var at = start + TimeSpan.FromMinutes(random.NextDouble() * duration.TotalMinutes);
            var id = new ChannelId("BN", s.Key[3..], "ch");
            var e = new AnomalyEvent(id, detectors[random.Next(3)], at, at.AddMinutes(1 + random.Next(120)), 0.99 + (0.01 * random.NextDouble()), 1, AnomalyKind.Spike);
            return new LocatedAnomaly(e, kinds[random.Next(3)], s.Value);
        })).ToList();

        var grid = CellGrid.Regular(25, 45, 125, 145, 1);
        var spec = new FeatureDatasetSpec(grid.Cells, new IssueSchedule(start, start + duration, TimeSpan.FromDays(7)), [7, 30], 6);
        string path = Path.Combine(Path.GetTempPath(), $"ga-features-scale-{Environment.ProcessId}.csv");
        try
        {
            clock.Restart();
            var features = new AnomalyFeatures(anomalies, stations, grid.Cells, new AnomalyFeatureOptions());
            long rows;
            long bytes;
            using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 20))
            {
                rows = FeatureDataset.Write(catalog, spec, [new IndicatorBlock(), features], writer).Rows;
            }

            var build = clock.Elapsed;
            bytes = new FileInfo(path).Length;
            double peakGb = Process.GetCurrentProcess().PeakWorkingSet64 / 1e9;

            clock.Restart();
            string filler = new('0', (int)Math.Max(1, (bytes / Math.Max(1, rows)) - 1));
            using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 20))
            {
                for (long r = 0; r < rows; r++)
                {
                    writer.WriteLine(filler);
                }
            }

            var writeOnly = clock.Elapsed;
            var inv = CultureInfo.InvariantCulture;
            string report = string.Join('\n',
                "# Forecast dataset scale",
                "",
                string.Create(inv, $"ETAS catalog of {catalog.Count:N0} events over {years} years, 20 x 20 degrees, {grid.Cells.Count} one-degree cells, weekly issues: {rows:N0} rows of {features.Columns.Count + SeismicityIndicators.Columns.Count + 8} columns ({bytes / 1e6:F0} MB), anomaly features from {stationCount} stations ({anomalies.Count:N0} anomaly events), {Environment.ProcessorCount} cores."),
                "",
                "| measure | value |",
                "| --- | --- |",
                string.Create(inv, $"| simulate the catalog | {simulate.TotalSeconds:F1} s |"),
                string.Create(inv, $"| build and write the dataset | {build.TotalSeconds:F1} s |"),
                string.Create(inv, $"| reference: write the same rows without computing | {writeOnly.TotalSeconds:F1} s |"),
                string.Create(inv, $"| ratio build / reference | {build.TotalSeconds / Math.Max(1e-9, writeOnly.TotalSeconds):F1} |"),
                string.Create(inv, $"| peak working set | {peakGb:F2} GB |"),
                "",
                "Aim: build under 30 s and under 2 GB on this machine.");
            Console.WriteLine(report);
            return 0;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
