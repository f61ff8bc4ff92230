using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabCorpusReaderTests
{
    [Fact]
    public void A_NAB_folder_gives_its_files_windows_and_profiles_and_lists_labelled_files_without_data()
    {
        // Given: two data files; the window file also names a third, absent one
        using var folder = new TempFolder();
        string windows = $$"""
            {
              "cat/a.csv": [["{{NabFiles.TimeText(20)}}", "{{NabFiles.TimeText(29)}}"], ["{{NabFiles.TimeText(60)}}", "{{NabFiles.TimeText(61)}}"]],
              "cat/b.csv": [],
              "other/absent.csv": [["2014-01-01 00:00:00.000000", "2014-01-02 00:00:00.000000"]]
            }
            """;
        NabFiles.WriteLayout(folder, windows, ("cat/a.csv", 100), ("cat/b.csv", 50));

        // When
        var corpus = NabCorpus.Load(folder.Path);

        // Then
        Assert.Equal(["cat/a.csv", "cat/b.csv"], corpus.Files.Select(f => f.Name));
        Assert.Equal(["other/absent.csv"], corpus.Unavailable);
        var a = corpus.Find("cat/a.csv")!;
        Assert.Equal([(20, 29), (60, 61)], a.Windows.Select(w => (w.First, w.Last)));
        Assert.Equal(99.0, a.Values.Span[99]);
        Assert.Equal(2, corpus.WindowCount); // the absent file's window is not counted
        Assert.Equal(NabProfile.Defaults, corpus.Profiles);
    }

    [Fact]
    public void A_window_limit_that_is_not_a_row_time_is_refused_naming_the_window_file_and_line()
    {
        // Given: the window ends two minutes after a row (rows are five minutes apart)
        using var folder = new TempFolder();
        string end = (Some.Start + (29 * NabFiles.Step) + TimeSpan.FromMinutes(2)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        string windows = $$"""
            {
              "cat/a.csv": [
                ["{{NabFiles.TimeText(20)}}", "{{end}}"]
              ]
            }
            """;
        NabFiles.WriteLayout(folder, windows, ("cat/a.csv", 100));

        // When
        var error = Assert.Throws<DataException>(() => NabCorpus.Load(folder.Path));

        // Then
        Assert.EndsWith(Path.Combine("labels", "combined_windows.json"), error.Source, StringComparison.Ordinal);
        Assert.Equal(3L, error.Line);
        Assert.Contains($"'cat/a.csv': the window end {end} matches 0 rows of the data file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_file_the_window_file_does_not_name_is_refused()
    {
        // Given
        using var folder = new TempFolder();
        NabFiles.WriteLayout(folder, "{}", ("cat/a.csv", 10));

        // When
        var error = Assert.Throws<DataException>(() => NabCorpus.Load(folder.Path));

        // Then
        Assert.Contains("has no entry for the data file cat/a.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_data_is_refused_with_the_layout_expected()
    {
        // Given
        using var folder = new TempFolder();

        // When
        var error = Assert.Throws<DataException>(() => NabCorpus.Load(folder.Path));

        // Then
        Assert.Contains("a NAB folder holds data/<category>/<file>.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shared_NAB_copy_loads_with_its_39_files_and_19_unavailable()
    {
        // Given
        string root = SharedNab.Root;

        // When
        var corpus = SharedNab.Corpus;
        var all = NabLabelsJson.ReadWindows(Path.Combine(root, "labels", "combined_windows.json"));

        // Then: every labelled file is either present or listed as unavailable, and every window resolved
        Assert.Equal(58, all.Count);
        Assert.Equal(116, all.Values.Sum(w => w.Count));
        Assert.Equal(all.Keys.Order(StringComparer.Ordinal), corpus.Files.Select(f => f.Name).Concat(corpus.Unavailable).Order(StringComparer.Ordinal));
        Assert.All(corpus.Files, f => Assert.Equal(all[f.Name].Count, f.Windows.Count));
        Assert.Equal(39, corpus.Files.Count);
    }
}
