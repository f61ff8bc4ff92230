using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Tests.Support;

namespace GeoAnomaly.Synthetic.Tests;

public sealed class SyntheticNetworkGeneratorTests
{
    [Fact]
    public void Same_seed_gives_bitwise_identical_series_and_labels()
    {
        // Given
        var spec = Specs.Busy(seed: 3);

        // When
        var first = SyntheticNetworkGenerator.Generate(spec);
        var second = SyntheticNetworkGenerator.Generate(spec);

        // Then
        Assert.Equal(first.Channels.Count, second.Channels.Count);
        for (int c = 0; c < first.Channels.Count; c++)
        {
            Assert.Equal(first.Channels[c].Info, second.Channels[c].Info);
            Assert.True(Bits.Identical(first.Channels[c].Series.Values, second.Channels[c].Series.Values), $"{first.Channels[c].Info.Id} differs");
        }

        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Storms, second.Storms);
        Assert.NotEmpty(first.Labels);
    }

    [Fact]
    public void Different_seed_gives_different_stations_series_and_labels()
    {
        // Given
        var a = SyntheticNetworkGenerator.Generate(Specs.Small(seed: 1));

        // When
        var b = SyntheticNetworkGenerator.Generate(Specs.Small(seed: 2));

        // Then
        Assert.NotEqual(a.Stations[0].Location, b.Stations[0].Location);
        var h = new ChannelId("SY", "SAA", "H");
        Assert.False(Bits.Identical(a.SeriesOf(h).Values, b.SeriesOf(h).Values));
        Assert.NotEqual(a.Labels, b.Labels);
    }

    [Fact]
    public void A_channel_generated_alone_equals_the_same_channel_of_the_whole_network()
    {
        // Given
        var spec = Specs.Busy();
        var generator = new SyntheticNetworkGenerator(spec);
        var whole = generator.Generate();

        // When
        var alone = new SyntheticNetworkGenerator(spec).GenerateChannel(2, 5);

        // Then
        var same = whole[alone.Info.Id];
        Assert.True(Bits.Identical(same.Series.Values, alone.Series.Values));
        Assert.Equal(same.Labels, alone.Labels);
        Assert.Equal(generator.ChannelCount, generator.EnumerateChannels(TestContext.Current.CancellationToken).Count());
    }

    [Fact]
    public void Series_start_step_and_length_follow_the_spec()
    {
        // Given
        var spec = Specs.Small() with { Start = new DateTimeOffset(2023, 6, 1, 9, 0, 0, TimeSpan.FromHours(9)), Step = TimeSpan.FromSeconds(30) };

        // When
        var channel = new SyntheticNetworkGenerator(spec).GenerateChannel(0, 0);

        // Then
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), channel.Series.Start);
        Assert.Equal(TimeSpan.FromSeconds(30), channel.Series.Step);
        Assert.Equal(3 * 2880, channel.Series.Count);
    }

    [Fact]
    public void Default_demo_network_has_every_family_units_and_locations_in_the_region()
    {
        // Given
        var spec = new NetworkSpec();

        // When
        var generator = new SyntheticNetworkGenerator(spec);

        // Then
        Assert.Equal(6, generator.Stations.Count);
        Assert.Equal(14 * 1440, generator.SampleCount);
        var kinds = generator.Stations.SelectMany(s => s.Channels).Select(c => c.Kind).ToHashSet();
        Assert.Superset(new HashSet<ChannelKind> { ChannelKind.Deformation, ChannelKind.Electromagnetic, ChannelKind.Fluid }, kinds);
        foreach (var station in generator.Stations)
        {
            Assert.NotEmpty(station.Channels);
            Assert.InRange(station.Location.Latitude, spec.Region.MinLatitude, spec.Region.MaxLatitude);
            Assert.InRange(station.Location.Longitude, spec.Region.MinLongitude, spec.Region.MaxLongitude);
            Assert.Matches("^[A-Z]{3}$", station.Code);
            Assert.All(station.Channels.Zip(station.ChannelTypes), p => Assert.Equal(ChannelTypeInfo.Of(p.Second).Units, p.First.Units));
            Assert.Equal(station.ChannelTypes.Contains(SyntheticChannelType.WaterLevel), station.Barometric != null);
        }
    }

    [Fact]
    public void Invalid_spec_is_rejected_with_every_problem_named()
    {
        // Given
        var spec = new NetworkSpec { StationCount = 0, GapFraction = 2 };

        // When
        var error = Assert.Throws<OptionsException>(() => new SyntheticNetworkGenerator(spec));

        // Then
        Assert.Equal(["stationCount", "gapFraction"], error.Errors.Select(e => e.Option));
        Assert.Contains("stationCount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_channel_index_names_the_argument()
    {
        // Given
        var generator = new SyntheticNetworkGenerator(Specs.Small());

        // When
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => generator.GenerateChannel(0, 99));

        // Then
        Assert.Equal("channelIndex", error.ParamName);
    }
}
