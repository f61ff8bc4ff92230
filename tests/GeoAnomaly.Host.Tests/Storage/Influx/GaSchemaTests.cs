using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

public sealed class GaSchemaTests
{
    private static readonly DateTimeOffset s_start = new(2021, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ChannelInfo s_channel = new(new ChannelId("IU", "O'Brien", "LH Z"), ChannelKind.Electromagnetic, "nT");

    [Theory]
    [InlineData(AnomalyKind.Spike, "spike")]
    [InlineData(AnomalyKind.LevelShift, "level-shift")]
    [InlineData(AnomalyKind.TrendChange, "trend-change")]
    [InlineData(AnomalyKind.VarianceChange, "variance-change")]
    [InlineData(AnomalyKind.Step, "step")]
    [InlineData(AnomalyKind.Other, "other")]
    public void Anomaly_kinds_are_kebab_case(AnomalyKind kind, string name) => Assert.Equal(name, GaSchema.KindName(kind));

    [Fact]
    public void Measurement_names_carry_the_prefix()
    {
        Assert.Equal(["ga_anomaly", "ga_score", "ga_clean", "ga_quake", "ga_forecast", "ga_review", "ga_station", "ga_checkpoint"], new GaSchema().Measurements);
        Assert.Equal("x_score", new GaSchema { Prefix = "x_" }.Score);
    }

    [Fact]
    public void An_event_is_a_point_at_its_start_with_the_schema_tags_and_fields()
    {
        // Given
        var e = new AnomalyEvent(s_channel.Id, "sr", s_start.AddMinutes(10), s_start.AddMinutes(70), 0.75, 3.5, AnomalyKind.VarianceChange);

        // When
        var line = LineProtocolReader.Parse(Single(new GaSchema().Events(s_channel, [e])));

        // Then
        Assert.Equal("ga_anomaly", line.Measurement);
        Assert.Equal([("channel", "LH Z"), ("detector", "sr"), ("kind", "electromagnetic"), ("network", "IU"), ("station", "O'Brien")], line.Tags);
        Assert.Equal(
            [("score", "0.75", false), ("raw_score", "3.5", false), ("end", $"{e.End.ToUnixTimeSeconds()}i", false), ("duration_s", "3600", false), ("type", "variance-change", true)],
            line.Fields);
        Assert.Equal(LineProtocol.ToUnixNanoseconds(e.Start), line.Time);
    }

    [Fact]
    public void Scores_leave_NaN_fields_out_and_all_NaN_samples_unwritten()
    {
        // Given
        var score = new Series(s_start, TimeSpan.FromMinutes(1), [0.5, double.NaN, double.NaN]);
        var expected = new Series(s_start, TimeSpan.FromMinutes(1), [10.0, 11.0, double.NaN]);

        // When
        var batch = BatchingWriter.Split(new GaSchema().Scores(s_channel, "ssa", score, expected), 100).Single();

        // Then
        Assert.Equal(2, batch.Count);
        Assert.Equal([("score", "0.5", false), ("expected", "10", false)], LineProtocolReader.Parse(batch.LineText(0)).Fields);
        Assert.Equal([("expected", "11", false)], LineProtocolReader.Parse(batch.LineText(1)).Fields);
    }

    [Fact]
    public void Scores_can_carry_the_raw_score_beside_the_calibrated_one()
    {
        // Given
        var score = new Series(s_start, TimeSpan.FromMinutes(1), [0.999, double.NaN]);
        var raw = new Series(s_start, TimeSpan.FromMinutes(1), [4.5, 0.25]);

        // When
        var batch = BatchingWriter.Split(new GaSchema().Scores(s_channel, "sr", score, rawScore: raw), 100).Single();

        // Then
        Assert.Equal([("score", "0.999", false), ("raw_score", "4.5", false)], LineProtocolReader.Parse(batch.LineText(0)).Fields);
        Assert.Equal([("raw_score", "0.25", false)], LineProtocolReader.Parse(batch.LineText(1)).Fields);
    }

    [Fact]
    public void Scores_on_another_grid_are_refused()
    {
        var score = new Series(s_start, TimeSpan.FromMinutes(1), [0.5, 0.6]);
        var shifted = new Series(s_start.AddMinutes(1), TimeSpan.FromMinutes(1), [1.0, 2.0]);

        var e = Assert.Throws<ArgumentException>(() => new GaSchema().Scores(s_channel, "ssa", score, residual: shifted));

        Assert.Contains("residual", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_points_skip_NaN_samples()
    {
        var series = new ChannelSeries(s_channel, new Series(s_start, TimeSpan.FromMinutes(1), [1.5, double.NaN, 2.5]));

        var batch = BatchingWriter.Split(new GaSchema().CleanPoints(series), 100).Single();

        Assert.Equal(2, batch.Count);
        Assert.Equal("ga_clean", LineProtocolReader.Parse(batch.LineText(1)).Measurement);
        Assert.Equal(LineProtocol.ToUnixNanoseconds(s_start.AddMinutes(2)), LineProtocolReader.Parse(batch.LineText(1)).Time);
    }

    [Theory]
    [InlineData("Fluid", true, ChannelKind.Fluid)]
    [InlineData("deformation", true, ChannelKind.Deformation)]
    [InlineData("", true, ChannelKind.Other)]
    [InlineData("strain", false, ChannelKind.Other)]
    [InlineData("2", false, ChannelKind.Other)]
    public void Kind_tags_parse_case_insensitively(string text, bool ok, ChannelKind kind)
    {
        Assert.Equal(ok, GaSchema.TryParseKind(text, out var parsed));
        if (ok)
        {
            Assert.Equal(kind, parsed);
        }
    }

    private static string Single(ILineSource source) => BatchingWriter.Split(source, 100).Single().LineText(0);
}
