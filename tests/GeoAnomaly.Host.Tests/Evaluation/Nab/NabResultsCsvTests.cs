using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabResultsCsvTests
{
    private static readonly NabFile s_file = NabFiles.Regular("realKnownCause/x.csv", 3);

    [Fact]
    public void The_anomaly_score_column_is_read_whatever_other_columns_there_are()
    {
        // Given: NAB's results layout
        string csv = "timestamp,value,anomaly_score,raw_score,label,S(t)_standard\n"
            + $"{NabFiles.TimeText(0)[..19]},1,0.25,1,0,0\n{NabFiles.TimeText(1)[..19]},2,1.0,1,0,0\n{NabFiles.TimeText(2)[..19]},3,0,1,0,0\n";

        // When
        double[] scores = NabResultsCsv.ReadScores(new StringReader(csv), "r.csv", s_file);

        // Then
        Assert.Equal([0.25, 1.0, 0.0], scores);
        Assert.Equal(Path.Combine("results", "numenta", "realKnownCause", "numenta_x.csv"), NabResultsCsv.PathFor("results", "numenta", s_file.Name));
    }

    [Theory]
    [InlineData(1, "1.5", 3L, "column anomaly_score: '1.5' is not a number in 0..1")]
    [InlineData(2, "nan", 4L, "column anomaly_score: 'nan' is not a number in 0..1")]
    public void A_score_outside_zero_to_one_names_the_line(int row, string score, long line, string message)
    {
        // Given
        string[] scores = ["0", "0", "0"];
        scores[row] = score;
        string csv = "timestamp,anomaly_score\n" + string.Concat(Enumerable.Range(0, 3).Select(i => $"{NabFiles.TimeText(i)[..19]},{scores[i]}\n"));

        // When
        var error = Assert.Throws<DataException>(() => NabResultsCsv.ReadScores(new StringReader(csv), "r.csv", s_file));

        // Then
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_that_do_not_follow_the_data_files_rows_are_refused()
    {
        // Given: a skipped row, and a missing last row
        string skipped = $"timestamp,anomaly_score\n{NabFiles.TimeText(0)[..19]},0\n{NabFiles.TimeText(2)[..19]},0\n";
        string shorter = $"timestamp,anomaly_score\n{NabFiles.TimeText(0)[..19]},0\n{NabFiles.TimeText(1)[..19]},0\n";

        // When
        var skippedError = Assert.Throws<DataException>(() => NabResultsCsv.ReadScores(new StringReader(skipped), "r.csv", s_file));
        var shorterError = Assert.Throws<DataException>(() => NabResultsCsv.ReadScores(new StringReader(shorter), "r.csv", s_file));

        // Then
        Assert.Equal(3L, skippedError.Line);
        Assert.Contains("is not the time of row 2 of realKnownCause/x.csv", skippedError.Message, StringComparison.Ordinal);
        Assert.Contains("2 rows; realKnownCause/x.csv has 3", shorterError.Message, StringComparison.Ordinal);
    }
}
