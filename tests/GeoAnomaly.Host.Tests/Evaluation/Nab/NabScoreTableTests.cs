using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabScoreTableTests
{
    [Fact]
    public void A_result_written_in_NABs_layout_reads_back_row_for_row()
    {
        // Given
        using var folder = new TempFolder();
        var corpus = new NabCorpus([NabFiles.Regular("a/one.csv", 200, (50, 69)), NabFiles.Regular("a/two.csv", 120)], NabProfile.Defaults);
        var result = NabBenchmark.Evaluate(corpus, f => NabFiles.Detections(f.Length, 55, 100))["standard"];
        string path = Path.Combine(folder.Path, "det_standard_scores.csv");

        // When
        using (var writer = new StreamWriter(path))
        {
            NabScoreTable.Write(writer, "det", result);
        }

        var table = NabScoreTable.Read(path);

        // Then
        Assert.Equal(("det", "standard"), (table.Detector, table.Profile));
        Assert.Equal(result.Files, table.Files);
        Assert.Equal(result.RawScore, table.TotalScore);
        Assert.StartsWith("Detector,Profile,File,Threshold,Score,TP,TN,FP,FN,Total_Count\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void NABs_published_table_reads_with_a_totals_row_equal_to_the_sum_of_its_files()
    {
        // Given
        string path = SharedData.File("nab/results/numenta/numenta_standard_scores.csv");

        // When
        var table = NabScoreTable.Read(path);

        // Then: 58 files; NAB printed the scores with 12 significant digits
        Assert.Equal(58, table.Files.Count);
        Assert.Equal(table.TotalScore, table.Files.Sum(f => f.Score), 1e-8);
        Assert.Equal(46.6344501971, table.TotalScore);
    }
}
