using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

/// <summary>
/// Reproduction of NAB's published results from the published detectors' raw outputs (<c>anomaly_score</c> of
/// <c>results/&lt;detector&gt;/&lt;category&gt;/&lt;detector&gt;_&lt;file&gt;.csv</c>), for the 39 series present.
/// </summary>
public sealed partial class NabBenchmarkTests
{
    public static TheoryData<string, string> DetectorsAndProfiles()
    {
        var data = new TheoryData<string, string>();
        foreach (string detector in SharedNab.Detectors)
        {
            foreach (var profile in NabProfile.Defaults)
            {
                data.Add(detector, profile.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DetectorsAndProfiles))]
    public void Scoring_a_published_detectors_raw_output_reproduces_its_published_score_for_every_file_present(string detector, string profileName)
    {
        // Given: the published table, its threshold, and the profile from NAB's config
        var corpus = SharedNab.Corpus;
        var profile = corpus.Profiles.Single(p => p.Name == profileName);
        var table = SharedNab.Table(detector, profileName);
        var published = table.Files.ToDictionary(f => f.File, StringComparer.Ordinal);
        double threshold = Threshold(detector, profileName, table);

        // When
        var rows = corpus.Files.Select(f => NabFileSweep.Build(f, SharedNab.Scores(detector, f), profile).ScoreAt(threshold)).ToList();

        // Then: within 0.01 for every file present, with the same counts (Total_Count being every row)
        Assert.Equal(39, rows.Count);
        foreach (var row in rows)
        {
            var expected = published[row.File];
            Assert.True(Math.Abs(row.Score - expected.Score) <= 0.01, $"{row.File}: scored {row.Score}, published {expected.Score}");
            Assert.Equal(
                (expected.TruePositives, expected.TrueNegatives, expected.FalsePositives, expected.FalseNegatives, expected.Rows),
                (row.TruePositives, row.TrueNegatives, row.FalsePositives, row.FalseNegatives, row.Rows));
        }

        double worst = rows.Max(r => Math.Abs(r.Score - published[r.File].Score));
        TestContext.Current.TestOutputHelper?.WriteLine($"{detector} {profileName}: 39 files, threshold {threshold:R}, largest difference {worst:E2}");
    }

    public static TheoryData<string> Detectors() => new(SharedNab.Detectors);

    [Theory]
    [MemberData(nameof(Detectors))]
    public void With_the_published_rows_of_the_absent_files_the_totals_and_the_scoreboard_are_reproduced(string detector)
    {
        // Given: the files present are scored here; the 19 absent ones are taken from the published tables, the null
        // detector's included, and NAB's 116 windows make the perfect score
        var corpus = SharedNab.Corpus;
        var absent = corpus.Unavailable.ToHashSet(StringComparer.Ordinal);
        var tables = corpus.Profiles.ToDictionary(p => p.Name, p => SharedNab.Table(detector, p.Name));
        var nullTables = corpus.Profiles.ToDictionary(p => p.Name, p => SharedNab.Table("null", p.Name));
        var board = NabPublishedJson.ReadFinalResults(Path.Combine(SharedNab.Results, "final_results.json"));
        int windows = NabLabelsJson.ReadWindows(Path.Combine(SharedNab.Root, NabCorpusReader.WindowsFile)).Values.Sum(w => w.Count);

        // When
        var here = NabBenchmark.Score(corpus, f => SharedNab.Scores(detector, f), tables.ToDictionary(t => t.Key, t => Threshold(detector, t.Key, t.Value)));
        var nullHere = NabBenchmark.Score(corpus, f => SharedNab.Scores("null", f), nullTables.ToDictionary(t => t.Key, t => Threshold("null", t.Key, t.Value)));

        // Then
        Assert.Equal(19, absent.Count);
        Assert.Equal(116, windows);
        foreach (var profile in corpus.Profiles)
        {
            double total = here[profile.Name].RawScore + tables[profile.Name].Files.Where(f => absent.Contains(f.File)).Sum(f => f.Score);
            double nullTotal = nullHere[profile.Name].RawScore + nullTables[profile.Name].Files.Where(f => absent.Contains(f.File)).Sum(f => f.Score);
            double normalized = NabNormalization.Normalize(total, nullTotal, NabNormalization.PerfectScore(profile, windows));
            Assert.Equal(tables[profile.Name].TotalScore, total, 0.01);
            Assert.Equal(board[detector][profile.Name], normalized, 0.01);
            Assert.Equal(-profile.FalseNegativeWeight * windows, nullTotal, 1e-9);
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{detector} {profile.Name}: total {total:F6} (published {tables[profile.Name].TotalScore}), normalised {normalized:F4} (published {board[detector][profile.Name]:F4})");
        }
    }

    [Theory]
    [MemberData(nameof(Detectors))]
    public void On_the_files_present_the_optimised_threshold_scores_at_least_as_well_as_the_published_one(string detector)
    {
        // Given: NAB's published thresholds came from a hill climb over all 58 files; the sweep here sees 39
        var corpus = SharedNab.Corpus;
        var thresholds = corpus.Profiles.ToDictionary(p => p.Name, p => Threshold(detector, p.Name, SharedNab.Table(detector, p.Name)));

        // When
        var optimised = NabBenchmark.Evaluate(corpus, f => SharedNab.Scores(detector, f));
        var atPublished = NabBenchmark.Score(corpus, f => SharedNab.Scores(detector, f), thresholds);

        // Then
        foreach (var profile in corpus.Profiles)
        {
            var best = optimised[profile.Name];
            var given = atPublished[profile.Name];
            Assert.True(best.RawScore >= given.RawScore - 1e-9, $"{profile.Name}: optimised {best.RawScore} below {given.RawScore} at the published threshold");
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{detector} {profile.Name} on 39 files: published threshold {given.Threshold:R} -> raw {given.RawScore:F4}, normalised {given.NormalizedScore:F2}; " +
                $"optimised threshold {best.Threshold:R} -> raw {best.RawScore:F4}, normalised {best.NormalizedScore:F2}");
        }
    }

    /// <summary>
    /// The table's threshold (printed with 12 significant digits), or the full-precision one of
    /// <c>config/thresholds.json</c> when that prints the same.
    /// </summary>
    private static double Threshold(string detector, string profile, NabScoreTable table)
    {
        double printed = table.Files.Select(f => f.Threshold).Distinct().Single();
        var thresholds = NabPublishedJson.ReadThresholds(Path.Combine(SharedNab.Root, "config", "thresholds.json"));
        return thresholds.TryGetValue(detector, out var byProfile) && byProfile.TryGetValue(profile, out var full)
            && Math.Abs(full.Threshold - printed) <= 1e-11 ? full.Threshold : printed;
    }
}
