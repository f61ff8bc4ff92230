using CsCheck;
using GeoAnomaly.Host.Catalogs.Anomalies;
using GeoAnomaly.Host.Catalogs.Cells;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Catalogs.Anomalies;

public sealed class AnomalyFeaturesTests
{
    private static readonly DateTimeOffset s_t = new(2020, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly ForecastCell[] s_cells = [.. CellGrid.Regular(35, 36, 139, 140, 1).Cells];

    // NEAR is 1 degree east of the cell (about 91 km at 35.5 N), inside the M6 radius of 380 km; FAR is 10 degrees away.
    private static readonly Dictionary<string, StationLocation> s_stations = new()
    {
        ["XX.NEAR"] = new StationLocation(35.5, 141, 0),
        ["XX.FAR"] = new StationLocation(35.5, 150, 0),
    };

    [Fact]
    public void Counts_peaks_and_stations_come_from_events_that_ended_in_each_window_at_stations_within_the_radius()
    {
        // Given: at NEAR, an SR event ended 12 h before t (score 0.99), a vote event ended 3 days before (0.999), one that
        // ends after t (not yet known); at FAR a big event (never counts)
        LocatedAnomaly[] anomalies =
        [
            Anomaly("NEAR", "spectral-residual", ChannelKind.Deformation, s_t.AddHours(-13), s_t.AddHours(-12), 0.99),
            Anomaly("NEAR", "vote", ChannelKind.Fluid, s_t.AddDays(-3).AddHours(-1), s_t.AddDays(-3), 0.999),
            Anomaly("NEAR", "spectral-residual", ChannelKind.Deformation, s_t.AddHours(-1), s_t.AddHours(1), 0.9999),
            Anomaly("FAR", "spectral-residual", ChannelKind.Deformation, s_t.AddHours(-2), s_t.AddHours(-1), 1),
        ];
        var features = new AnomalyFeatures(anomalies, s_stations, s_cells, new AnomalyFeatureOptions { WindowDays = [1, 7] });

        // When
        var row = features.Columns.Zip(features.Compute("35_139", s_t)).ToDictionary(p => p.First, p => p.Second);

        // Then
        Assert.Equal(["XX.NEAR"], features.StationsOf("35_139"));
        Assert.Equal((1, 0.99, 1), (row["anomaly_count_1d"], row["anomaly_peak_1d"], row["anomaly_stations_1d"]));
        Assert.Equal((2, 0.999, 1), (row["anomaly_count_7d"], row["anomaly_peak_7d"], row["anomaly_stations_7d"]));
        Assert.Equal((1, 0.999), (row["anomaly_count_fluid_7d"], row["anomaly_peak_fluid_7d"]));
        Assert.Equal((0, 0), (row["anomaly_count_electromagnetic_7d"], row["anomaly_peak_electromagnetic_7d"]));
        Assert.Equal((1, 0.99), (row["anomaly_count_spectral-residual_1d"], row["anomaly_peak_spectral-residual_1d"]));
        Assert.Equal(0.5, row["days_since_anomaly"], 9);
        Assert.Equal(1, row["stations_in_radius"]);
    }

    [Fact]
    public void Anomalies_starting_at_or_after_the_issue_time_never_change_its_row()
    {
        // Given: any past anomalies at NEAR, then any anomalies starting at or after t appended
        var past = Gen.Select(Gen.Int[1, 20 * 24], Gen.Int[1, 600], Gen.Double[0, 1]).Array[0, 20];
        var future = Gen.Select(Gen.Int[0, 20 * 24], Gen.Int[1, 600], Gen.Double[0, 1]).Array[0, 20];
        Gen.Select(past, future).Sample(p =>
        {
            var before = p.Item1.Select(a => Anomaly("NEAR", "d", ChannelKind.Fluid, s_t.AddHours(-a.Item1), s_t.AddHours(-a.Item1).AddMinutes(a.Item2), a.Item3)).ToList();
            var after = p.Item2.Select(a => Anomaly("NEAR", "d", ChannelKind.Fluid, s_t.AddHours(a.Item1), s_t.AddHours(a.Item1).AddMinutes(a.Item2), a.Item3));
            var options = new AnomalyFeatureOptions { ByDetector = false };

            // When
            double[] alone = new AnomalyFeatures(before, s_stations, s_cells, options).Compute("35_139", s_t);
            double[] appended = new AnomalyFeatures([.. before, .. after], s_stations, s_cells, options).Compute("35_139", s_t);

            // Then
            Assert.Equal(alone, appended);
        }, iter: 200);
    }

    private static LocatedAnomaly Anomaly(string station, string detector, ChannelKind kind, DateTimeOffset start, DateTimeOffset end, double score) =>
        new(new AnomalyEvent(new ChannelId("XX", station, "ch"), detector, start, end, score, score, AnomalyKind.Spike), kind, s_stations["XX." + station]);
}
