using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabWindowPlacementTests
{
    [Fact]
    public void Each_anomaly_gets_a_centred_window_of_a_tenth_of_the_file_shared_among_the_anomalies()
    {
        // Given: 1000 rows, anomalies at rows 400 and 800: L = int(0.10 * 1000 / 2) = 50 rows, 25 either side
        var times = NabFiles.Times(1000);

        // When
        var windows = NabWindowPlacement.Place(times, [400, 800]);

        // Then
        Assert.Equal([(375, 425), (775, 825)], windows.Select(w => (w.First, w.Last)));
    }

    [Fact]
    public void A_first_window_starting_in_the_probation_is_dropped_and_the_last_is_cut_at_the_file_end()
    {
        // Given: 1000 rows (probation 150); anomalies at 160 (window from 135), 500 and 990; L = int(100 / 3) = 33, 16 either side
        var times = NabFiles.Times(1000);

        // When
        var windows = NabWindowPlacement.Place(times, [160, 500, 990]);

        // Then
        Assert.Equal([(484, 516), (974, 999)], windows.Select(w => (w.First, w.Last)));
    }

    [Fact]
    public void Overlapping_windows_are_merged_pairwise_as_NAB_does()
    {
        // Given: 1000 rows, anomalies at 300, 320, 340, 600: L = 25, 12 either side; 300 and 320 overlap (288..332 after
        // the merge), and NAB moves on, leaving 340's window (328..352) unmerged though it overlaps
        var times = NabFiles.Times(1000);

        // When
        var windows = NabWindowPlacement.Place(times, [300, 320, 340, 600]);

        // Then
        Assert.Equal([(288, 332), (328, 352), (588, 612)], windows.Select(w => (w.First, w.Last)));
    }

    [Fact]
    public void NABs_window_file_follows_from_its_anomaly_instants_except_for_its_one_hand_edit()
    {
        // Given: the shared corpus and NAB's labelled anomaly instants
        string root = SharedNab.Root;
        var corpus = SharedNab.Corpus;
        var instants = NabLabelsJson.ReadInstants(Path.Combine(root, "labels", "combined_labels.json"));
        const string HandEdited = "realAWSCloudwatch/iio_us-east-1_i-a2eb1cd9_NetworkIn.csv";

        foreach (var file in corpus.Files)
        {
            // When
            var rows = file.Name == HandEdited
                ? [249, 339] // LabelCombiner.editPoorLabels replaces this file's anomalies by rows 249 and 339
                : instants[file.Name].Select(t => NabWindow.LowerBound(file.Timestamps, t)).ToList();
            var placed = NabWindowPlacement.Place(file.Timestamps, rows);

            // Then
            Assert.Equal(file.Windows, placed);
        }
    }
}
