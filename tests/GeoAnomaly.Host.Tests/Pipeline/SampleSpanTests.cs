using GeoAnomaly.Host.Pipeline;

namespace GeoAnomaly.Host.Tests.Pipeline;

public sealed class SampleSpanTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5min", 300)]
    [InlineData("5m", 300)]
    [InlineData("1.5h", 5400)]
    [InlineData("1d", 86400)]
    [InlineData("00:05:00", 300)]
    public void Durations_are_read_in_the_usual_units(string text, double seconds)
    {
        // When
        bool parsed = SampleSpan.TryParseTime(text, out var span);

        // Then
        Assert.True(parsed);
        Assert.Equal(TimeSpan.FromSeconds(seconds), span.Time);
    }

    [Theory]
    [InlineData(300, 60, 5)] // whole samples
    [InlineData(301, 60, 6)] // a part sample counts as a sample: 6 x 60 s >= 301 s
    [InlineData(0, 60, 0)]
    public void A_duration_becomes_the_samples_needed_to_cover_it(double seconds, double stepSeconds, int samples)
    {
        // When
        int count = SampleSpan.OfTime(TimeSpan.FromSeconds(seconds)).ToSamples(TimeSpan.FromSeconds(stepSeconds));

        // Then
        Assert.Equal(samples, count);
    }

    [Fact]
    public void Samples_stay_samples_whatever_the_step()
    {
        Assert.Equal(7, SampleSpan.OfSamples(7).ToSamples(TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("5 parsecs")]
    [InlineData("")]
    public void Other_text_is_not_a_duration(string text) => Assert.False(SampleSpan.TryParseTime(text, out _));
}
