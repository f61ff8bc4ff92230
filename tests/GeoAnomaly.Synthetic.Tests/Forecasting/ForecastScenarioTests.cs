using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Forecasting;
using GeoAnomaly.Synthetic.Seismicity;
using GeoAnomaly.Synthetic.Tests.Support;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Synthetic.Tests.Forecasting;

public sealed class ForecastScenarioTests
{
    private static readonly ForecastScenarioSpec s_small = new() { Years = 5 };

    [Fact]
    public void The_same_seed_writes_the_same_files_and_another_seed_other_ones()
    {
        // Given
        using var one = new TempDirectory();
        using var two = new TempDirectory();
        using var three = new TempDirectory();

        // When
        var a = ScenarioWriter.Write(ForecastScenario.Generate(s_small), one.Path);
        var b = ScenarioWriter.Write(ForecastScenario.Generate(s_small), two.Path);
        var c = ScenarioWriter.Write(ForecastScenario.Generate(s_small with { Seed = 2 }), three.Path);

        // Then
        foreach (var (x, y, z) in new[] { (a.Catalog, b.Catalog, c.Catalog), (a.Stations, b.Stations, c.Stations), (a.Events, b.Events, c.Events) })
        {
            Assert.Equal(File.ReadAllBytes(x), File.ReadAllBytes(y));
            Assert.NotEqual(File.ReadAllBytes(x), File.ReadAllBytes(z));
        }
    }

    [Fact]
    public void Every_detected_precursor_starts_the_lead_time_before_its_mainshock_and_ends_before_it()
    {
        // Given
        var scenario = ForecastScenario.Generate(s_small);
        var spec = scenario.Spec.Precursors;

        // When
        var precursors = scenario.Anomalies.Where(a => a.Precursor is not null).ToList();

        // Then: some, not all, of the planned ones are detected, each on a station within the radius of an M >= target event
        Assert.InRange(precursors.Count, 1, scenario.Planned.Count - 1);
        foreach (var a in precursors)
        {
            var quake = scenario.Catalog.Events[a.Precursor!.EventIndex];
            Assert.True(quake.Magnitude >= spec.TargetMagnitude);
            Assert.Equal(quake.Time - spec.LeadTime, a.Start);
            Assert.True(a.End <= quake.Time && a.End - a.Start == spec.Duration);
            var station = scenario.Stations.Single(s => s.Channels[0].Id == a.Channel.Id);
            Assert.True(PrecursorPlanner.DistanceKm(quake.Latitude, quake.Longitude, station.Location.Latitude, station.Location.Longitude) <= PrecursorPlanner.DobrovolskyRadiusKm(quake.Magnitude));
        }
    }

    [Fact]
    public void Without_precursors_the_catalog_stations_and_false_alarms_stay_the_same()
    {
        // Given
        var with = ForecastScenario.Generate(s_small);

        // When
        var without = ForecastScenario.Generate(s_small with { Precursors = PrecursorSpec.None });

        // Then
        Assert.Empty(without.Planned);
        Assert.All(without.Anomalies, a => Assert.Null(a.Precursor));
        Assert.Equal(with.Catalog.Events, without.Catalog.Events);
        Assert.Equal(with.Anomalies.Where(a => a.Precursor is null), without.Anomalies);
        Assert.All(without.Anomalies, a => Assert.InRange(a.Score, s_small.MinScore, 1));
    }

    [Fact]
    public void False_alarms_come_at_about_the_configured_rate_per_station_day()
    {
        // Given
        var spec = s_small with { FalseAlarmRate = 0.02 };

        // When
        var scenario = ForecastScenario.Generate(spec);

        // Then: Poisson count, expected 20 stations x 1826 days x 0.02 = 730 (sd 27); 5 sd either side
        int count = scenario.Anomalies.Count(a => a.Precursor is null);
        Assert.InRange(count, 730 - 135, 730 + 135);
    }

    [Fact]
    public void An_invalid_spec_names_every_option_at_fault()
    {
        // Given
        var spec = new ForecastScenarioSpec { Years = 0, FalseAlarmRate = -1, DetectionProbability = 2, Precursors = PrecursorSpec.None with { LeadTime = TimeSpan.Zero } };

        // When
        var error = Assert.Throws<OptionsException>(() => ForecastScenario.Generate(spec));

        // Then
        Assert.Equal(["years", "falseAlarmRate", "detectionProbability", "precursors.leadTime", "precursors.duration"], error.Errors.Select(e => e.Option));
    }
}
