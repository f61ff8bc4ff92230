using System.Globalization;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class IsoTimeTests
{
    [Theory]
    [InlineData("2016-08-25T00:02:00Z")]
    [InlineData("2016-08-25 00:02:00.5+09:00")]
    [InlineData("2016-08-25T23:59:59.1234567-03:30")]
    [InlineData("2016-08-25T00:02+0100")]
    [InlineData("2016-08-25T00:02:00+05")]
    public void Stamps_with_a_designator_agree_with_the_framework(string text)
    {
        // When
        bool ok = IsoTime.TryParse(text, out var naive, out var offset);

        // Then
        var reference = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        Assert.True(ok);
        Assert.Equal(reference.Offset, offset);
        Assert.Equal(reference.DateTime, naive);
    }

    [Theory]
    [InlineData("2016-02-29", "2016-02-29T00:00:00")]
    [InlineData("2016-02-29 13:05", "2016-02-29T13:05:00")]
    [InlineData("2016-02-29T13:05:07.250", "2016-02-29T13:05:07.25")]
    public void Naive_stamps_have_no_offset(string text, string expected)
    {
        // When
        bool ok = IsoTime.TryParse(text, out var naive, out var offset);

        // Then
        Assert.True(ok);
        Assert.Null(offset);
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), naive);
    }

    [Theory]
    [InlineData("2015-02-29")]
    [InlineData("2016-1-01")]
    [InlineData("2016/01/01")]
    [InlineData("2016-01-01T24:00")]
    [InlineData("2016-01-01T10:00:00.")]
    [InlineData("2016-01-01T10:00:00X")]
    [InlineData("2016-01-01T10:00:00+15:00")]
    [InlineData("01/02/2016 10:00")]
    public void Anything_else_is_rejected(string text)
    {
        // When
        bool ok = IsoTime.TryParse(text, out _, out _);

        // Then
        Assert.False(ok);
    }
}
