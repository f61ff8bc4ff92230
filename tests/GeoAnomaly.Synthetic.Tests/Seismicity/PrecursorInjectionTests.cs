using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Seismicity;
using GeoAnomaly.Synthetic.Tests.Support;

namespace GeoAnomaly.Synthetic.Tests.Seismicity;

public sealed class PrecursorInjectionTests
{
    [Fact]
    public void Planned_precursors_change_the_network_only_inside_their_windows_and_are_labelled()
    {
        // Given: an M 6 at station 0 on day 2 of a 3-day network, precursor 1 day ahead for 6 hours.
        var spec = Specs.Small();
        var generator = new SyntheticNetworkGenerator(spec);
        var home = generator.Stations[0].Location;
        var quake = spec.Start.AddDays(2);
        var catalog = Quakes.Catalog((quake, home.Latitude, home.Longitude, 6));
        var plan = PrecursorPlanner.Plan(
            catalog,
            generator.Stations,
            new PrecursorSpec { LeadTime = TimeSpan.FromDays(1), Duration = TimeSpan.FromHours(6) },
            spec.Seed);

        // When
        var without = SyntheticNetworkGenerator.Generate(spec);
        var with = SyntheticNetworkGenerator.Generate(spec with { Precursors = plan });

        // Then
        Assert.NotEmpty(plan);
        var start = quake.AddDays(-1);
        var end = start.AddHours(6);
        foreach (var channel in with.Channels)
        {
            var before = without[channel.Info.Id];
            bool planned = plan.Any(p => p.Channel == channel.Info.Id);
            var series = channel.Series;
            for (int i = 0; i < series.Count; i++)
            {
                var time = series.TimeAt(i);
                bool inside = planned && time >= start && time < end;
                double a = series[i];
                double b = before.Series[i];
                if (!inside || double.IsNaN(a))
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(b), BitConverter.DoubleToInt64Bits(a));
                }
                else
                {
                    Assert.NotEqual(b, a);
                }
            }

            var added = channel.Labels.Except(before.Labels).ToList();
            if (planned)
            {
                var label = Assert.Single(added);
                Assert.Equal((start, end, AnomalyKind.LevelShift), (label.Start, label.End, label.Kind));
            }
            else
            {
                Assert.Empty(added);
            }
        }
    }

    [Fact]
    public void A_catalog_simulated_over_the_network_plants_precursors_only_before_target_events_within_their_radius()
    {
        // Given: a busy 3-day catalog (30 background events a day) over the small network squeezed into a half-degree
        // box, so that M 4 events (radius 52 km) reach stations; target M 4.
        var network = Specs.Small() with { Region = new GeoBox(33, 33.5, 103, 103.5) };
        var generator = new SyntheticNetworkGenerator(network);
        var catalog = EtasSimulator.Simulate(EtasSpec.Over(network) with { BackgroundRate = 30 });
        var stations = generator.Stations.ToDictionary(s => s.Code);

        // When
        var plan = PrecursorPlanner.Plan(catalog, generator.Stations, new PrecursorSpec { TargetMagnitude = 4, LeadTime = TimeSpan.FromHours(12), Duration = TimeSpan.FromHours(2) }, network.Seed);
        var labelled = SyntheticNetworkGenerator.Generate(network with { Precursors = plan });

        // Then
        Assert.Equal((network.Start, network.Duration, network.Region), (catalog.Spec.Start, catalog.Spec.Duration, catalog.Spec.Region));
        Assert.NotEmpty(plan);
        foreach (var p in plan)
        {
            var quake = catalog.Events[p.EventIndex];
            var station = stations[p.Channel.Station].Location;
            Assert.True(quake.Magnitude >= 4);
            Assert.Equal(quake.Time - TimeSpan.FromHours(12), p.Start);
            Assert.InRange(
                PrecursorPlanner.DistanceKm(quake.Latitude, quake.Longitude, station.Latitude, station.Longitude),
                0,
                PrecursorPlanner.DobrovolskyRadiusKm(quake.Magnitude));
        }

        // Every precursor inside the series is labelled, its window snapped to the first sample at or after its start.
        var inside = plan.Where(p => p.Start >= network.Start && p.End <= network.Start + network.Duration).ToList();
        Assert.NotEmpty(inside);
        foreach (var p in inside)
        {
            Assert.Contains(labelled.Labels, l =>
                l.Channel == p.Channel && l.Kind == p.Kind && l.Start >= p.Start && l.Start - p.Start < network.Step && l.End >= p.End && l.End - p.End < network.Step);
        }
    }

    [Fact]
    public void A_precursor_on_a_channel_the_network_lacks_is_rejected()
    {
        // Given
        var spec = Specs.Small();
        var precursor = new PlannedPrecursor(new ChannelId("XX", "NOP", "LS1"), spec.Start, spec.Start.AddHours(1), AnomalyKind.Spike, 5, "t000001", 0, 0);

        // When
        var error = Assert.Throws<OptionsException>(() => new SyntheticNetworkGenerator(spec with { Precursors = [precursor] }));

        // Then
        Assert.Equal("precursors", Assert.Single(error.Errors).Option);
        Assert.Contains("XX.NOP", error.Message, StringComparison.Ordinal);
    }
}
