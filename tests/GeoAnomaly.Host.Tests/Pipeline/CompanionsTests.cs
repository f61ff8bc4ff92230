using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Pipeline;

public sealed class CompanionsTests
{
    private static readonly ChannelId s_owner = new("NT", "STA", "wl");

    [Theory]
    [InlineData("baro", "NT.STA.baro")]
    [InlineData("XX.REF.H", "XX.REF.H")]
    public void A_code_is_a_channel_of_the_same_station_and_a_dotted_id_names_any_channel(string name, string expected)
    {
        Assert.Equal(expected, Companions.IdOf(name, s_owner).ToString());
    }

    [Fact]
    public void A_companion_on_a_shifted_range_is_aligned_by_time_with_NaN_where_it_has_no_sample()
    {
        // Given: the channel covers minutes 0..5, the companion minutes 2..7
        var channel = Channel(s_owner, Some.Start, 0, 1, 2, 3, 4, 5);
        var companion = Channel(new ChannelId("NT", "STA", "baro"), Some.Start.AddMinutes(2), 20, 30, 40, 50, 60, 70);
        var pool = new[] { channel, companion }.ToDictionary(c => c.Channel.Id);

        // When
        var (found, missing) = Companions.Resolve(channel, ["baro"], pool);

        // Then
        Assert.Null(missing);
        var aligned = Assert.Single(found).Series;
        Assert.Equal(channel.Series.Start, aligned.Start);
        Assert.Equal([double.NaN, double.NaN, 20, 30, 40, 50], aligned.Values.ToArray());
    }

    [Fact]
    public void A_missing_companion_or_one_on_another_step_is_named()
    {
        // Given
        var channel = Channel(s_owner, Some.Start, 1, 2, 3);
        var hourly = new ChannelSeries(new ChannelInfo(new ChannelId("NT", "STA", "baro"), ChannelKind.Other), new Series(Some.Start, TimeSpan.FromHours(1), [1.0, 2, 3]));

        // When
        var (_, absent) = Companions.Resolve(channel, ["baro"], new Dictionary<ChannelId, ChannelSeries>());
        var (_, wrongStep) = Companions.Resolve(channel, ["baro"], new Dictionary<ChannelId, ChannelSeries> { [hourly.Channel.Id] = hourly });

        // Then
        Assert.StartsWith("companion NT.STA.baro (configured as 'baro') is not among the channels read", absent, StringComparison.Ordinal);
        Assert.Equal("companion NT.STA.baro is sampled every 01:00:00, the channel every 00:01:00", wrongStep);
    }

    [Fact]
    public void A_companion_off_the_channels_grid_is_named_rather_than_read_as_all_missing()
    {
        // Given: same step, but sampled 30 s after each of the channel's minutes
        var channel = Channel(s_owner, Some.Start, 1, 2, 3);
        var shifted = Channel(new ChannelId("NT", "STA", "baro"), Some.Start.AddSeconds(30), 10, 20, 30);

        // When
        var (found, missing) = Companions.Resolve(channel, ["baro"], new Dictionary<ChannelId, ChannelSeries> { [shifted.Channel.Id] = shifted });

        // Then
        Assert.Empty(found);
        Assert.StartsWith("companion NT.STA.baro starts at 2024-03-01T00:00:30", missing, StringComparison.Ordinal);
    }

    private static ChannelSeries Channel(ChannelId id, DateTimeOffset start, params double[] values) =>
        new(new ChannelInfo(id, ChannelKind.Fluid), new Series(start, Some.Minute, values));
}
