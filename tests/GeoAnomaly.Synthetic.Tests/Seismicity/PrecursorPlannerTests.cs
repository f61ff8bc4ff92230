using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Seismicity;
using GeoAnomaly.Synthetic.Tests.Support;

namespace GeoAnomaly.Synthetic.Tests.Seismicity;

public sealed class PrecursorPlannerTests
{
    private static readonly DateTimeOffset s_day5 = new(2024, 1, 6, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Distance_is_the_great_circle_on_a_6371_km_sphere()
    {
        // Given / When
        double degree = PrecursorPlanner.DistanceKm(30, 100, 31, 100);
        double quarter = PrecursorPlanner.DistanceKm(0, 0, 0, 90);
        double same = PrecursorPlanner.DistanceKm(33.3, 103.2, 33.3, 103.2);

        // Then
        Assert.Equal(6371 * Math.PI / 180, degree, 1e-9);
        Assert.Equal(6371 * Math.PI / 2, quarter, 1e-9);
        Assert.Equal(0, same);
    }

    [Fact]
    public void Dobrovolsky_radius_grows_tenfold_every_1_over_0_43_magnitude_units()
    {
        // Given / When
        double r5 = PrecursorPlanner.DobrovolskyRadiusKm(5);
        double r6 = PrecursorPlanner.DobrovolskyRadiusKm(6);

        // Then: R = 10^(0.43 M), so R(5) = 10^2.15 ≈ 141 km and R(6)/R(5) = 10^0.43.
        Assert.InRange(r5, 141, 142);
        Assert.Equal(Math.Pow(10, 0.43), r6 / r5, 1e-12);
    }

    [Fact]
    public void Only_events_above_the_target_get_precursors_and_only_at_stations_within_the_radius()
    {
        // Given: an M 5.5 at station 0, an M 4 at station 0 (below target) and an M 5 ten degrees north of the region.
        var stations = new SyntheticNetworkGenerator(Specs.Small()).Stations;
        var home = stations[0].Location;
        var catalog = Quakes.Catalog(
            (s_day5, home.Latitude, home.Longitude, 5.5),
            (s_day5.AddDays(1), home.Latitude, home.Longitude, 4),
            (s_day5.AddDays(2), home.Latitude + 10, home.Longitude, 5));
        var spec = new PrecursorSpec { TargetMagnitude = 5, LeadTime = TimeSpan.FromDays(2), Duration = TimeSpan.FromHours(12) };

        // When
        var plan = PrecursorPlanner.Plan(catalog, stations, spec, seed: 1);

        // Then
        double radius = PrecursorPlanner.DobrovolskyRadiusKm(5.5);
        var expected = stations
            .Where(s => PrecursorPlanner.DistanceKm(home.Latitude, home.Longitude, s.Location.Latitude, s.Location.Longitude) <= radius)
            .SelectMany(s => s.Channels.Where((c, i) => s.ChannelTypes[i] != SyntheticChannelType.AirPressure).Select(c => c.Id))
            .ToList();
        Assert.Contains(stations[0].Channels[0].Id, expected);
        Assert.Equal(expected, plan.Select(p => p.Channel));
        Assert.All(plan, p =>
        {
            Assert.Equal("t000001", p.EventId);
            Assert.Equal(s_day5.AddDays(-2), p.Start);
            Assert.Equal(s_day5.AddDays(-2).AddHours(12), p.End);
            Assert.Equal(AnomalyKind.LevelShift, p.Kind);
            Assert.InRange(p.DistanceKm, 0, radius);
        });
    }

    [Fact]
    public void The_none_setting_plans_nothing()
    {
        // Given
        var stations = new SyntheticNetworkGenerator(Specs.Small()).Stations;
        var home = stations[0].Location;
        var catalog = Quakes.Catalog((s_day5, home.Latitude, home.Longitude, 7));

        // When
        var plan = PrecursorPlanner.Plan(catalog, stations, PrecursorSpec.None, seed: 1);

        // Then
        Assert.Empty(plan);
    }

    [Fact]
    public void A_station_shows_the_precursor_with_the_configured_probability()
    {
        // Given: 400 M 6 events at station 0; probability 0.3.
        var stations = new SyntheticNetworkGenerator(Specs.Small()).Stations.Take(1).ToList();
        var home = stations[0].Location;
        var catalog = Quakes.Catalog([.. Enumerable.Range(0, 400).Select(i => (s_day5.AddHours(i), home.Latitude, home.Longitude, 6.0))]);

        // When
        var plan = PrecursorPlanner.Plan(catalog, stations, new PrecursorSpec { Probability = 0.3 }, seed: 9);

        // Then: binomial(400, 0.3) has standard deviation 9.2; allow 4 of them.
        int events = plan.Select(p => p.EventIndex).Distinct().Count();
        Assert.InRange(events, 120 - 37, 120 + 37);
    }

    [Fact]
    public void An_invalid_precursor_spec_is_rejected_naming_each_option()
    {
        // Given
        var spec = new PrecursorSpec { LeadTime = TimeSpan.FromDays(1), Duration = TimeSpan.FromDays(2), Probability = 2 };

        // When
        var error = Assert.Throws<OptionsException>(() => PrecursorPlanner.Plan(Quakes.Catalog(), [], spec, seed: 1));

        // Then
        Assert.Equal(["precursors.probability", "precursors.duration"], error.Errors.Select(e => e.Option));
    }
}
