using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class UtcOffsetTextTests
{
    [Theory]
    [InlineData("UTC", 0)]
    [InlineData("Z", 0)]
    [InlineData("+09:00", 540)]
    [InlineData("UTC+8", 480)]
    [InlineData("utc-3", -180)]
    [InlineData("GMT+05:30", 330)]
    [InlineData("-0330", -210)]
    [InlineData("UTC+14", 840)]
    public void Offsets_are_read_as_written(string text, int minutes)
    {
        // When
        bool ok = UtcOffsetText.TryParse(text, out var offset);

        // Then
        Assert.True(ok);
        Assert.Equal(TimeSpan.FromMinutes(minutes), offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Asia/Tokyo")]
    [InlineData("UTC+15")]
    [InlineData("+9:5")]
    [InlineData("+09:60")]
    [InlineData("JST")]
    public void Anything_else_is_rejected(string text)
    {
        // When
        bool ok = UtcOffsetText.TryParse(text, out _);

        // Then
        Assert.False(ok);
    }
}
