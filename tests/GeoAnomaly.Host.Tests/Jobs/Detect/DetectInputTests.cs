using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Jobs.Detect;

public sealed class DetectInputTests
{
    private static readonly ChannelInfo s_h = new(new ChannelId("IAGA", "BOU", "H"), ChannelKind.Electromagnetic);
    private static readonly ChannelInfo s_z = new(new ChannelId("IAGA", "BOU", "Z"), ChannelKind.Electromagnetic);

    [Fact]
    public void The_same_channel_in_two_files_is_joined_on_one_grid_with_the_gap_between_them_missing()
    {
        // Given: January 1 00:00-00:03 in one file, 00:05-00:06 in the next
        var files = new Dictionary<string, IReadOnlyList<ChannelSeries>>
        {
            ["jan-a.min"] = [new(s_h, new Series(Some.Start, Some.Minute, [1, 2, 3]))],
            ["jan-b.min"] = [new(s_h, new Series(Some.Start.AddMinutes(5), Some.Minute, [6, 7]))],
        };

        // When
        var result = DetectInput.ReadFiles([.. files.Keys], f => files[f], null, new ChannelFilter(), null, null);

        // Then
        Assert.Empty(result.Errors);
        var joined = Assert.Single(result.Channels);
        Assert.Equal(Some.Start, joined.Series.Start);
        Assert.Equal([1, 2, 3, double.NaN, double.NaN, 6, 7], joined.Series.Values.ToArray());
    }

    [Fact]
    public void Files_that_disagree_on_a_sample_are_an_error_naming_both_and_the_time()
    {
        // Given
        var files = new Dictionary<string, IReadOnlyList<ChannelSeries>>
        {
            ["a.min"] = [new(s_h, new Series(Some.Start, Some.Minute, [1, 2, 3]))],
            ["b.min"] = [new(s_h, new Series(Some.Start.AddMinutes(2), Some.Minute, [3.5, 4]))],
        };

        // When
        var result = DetectInput.ReadFiles([.. files.Keys], f => files[f], null, new ChannelFilter(), null, null);

        // Then
        Assert.Empty(result.Channels);
        Assert.Equal("b.min: channel IAGA.BOU.H at 2024-03-01T00:02:00Z is 3.5 here but 3 in a.min", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_and_the_others_are_used()
    {
        // Given
        IReadOnlyList<ChannelSeries> Read(string file) => file == "bad.csv"
            ? throw new DataException("bad.csv", 12, "not a number in column 'wl'")
            : [new ChannelSeries(s_h, new Series(Some.Start, Some.Minute, [1, 2]))];

        // When
        var result = DetectInput.ReadFiles(["bad.csv", "good.min"], Read, null, new ChannelFilter(), null, null);

        // Then
        Assert.Equal("bad.csv:12: not a number in column 'wl'", Assert.Single(result.Errors));
        Assert.Single(result.Channels);
    }

    [Fact]
    public void The_filter_and_the_time_range_select_channels_and_samples()
    {
        // Given
        IReadOnlyList<ChannelSeries> Read(string file) =>
            [new(s_h, new Series(Some.Start, Some.Minute, [0, 1, 2, 3, 4, 5])), new(s_z, new Series(Some.Start, Some.Minute, [9, 9, 9, 9, 9, 9]))];

        // When: channel H, from 00:01:30 (the first sample at or after it is 00:02) to 00:04 (exclusive)
        var result = DetectInput.ReadFiles(["f.min"], Read, null, new ChannelFilter(Channels: ["H"]), Some.Start.AddSeconds(90), Some.Start.AddMinutes(4));

        // Then
        var h = Assert.Single(result.Channels);
        Assert.Equal(s_h.Id, h.Channel.Id);
        Assert.Equal(Some.Start.AddMinutes(2), h.Series.Start);
        Assert.Equal([2, 3], h.Series.Values.ToArray());
    }
}
