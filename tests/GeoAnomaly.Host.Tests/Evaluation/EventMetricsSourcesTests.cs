using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class EventMetricsSourcesTests
{
    [Fact]
    public void NAB_detections_are_the_first_scored_row_of_each_run_at_or_over_the_threshold()
    {
        // Given: 40 rows (probation: the first 6), a window over rows 20..24; scores over 0.5 at rows 2..3 (probation),
        // 5..7 (the run enters the scored rows at 6), 21..23, and 0.4 at row 30
        var file = NabFiles.Regular(40, (20, 24));
        double[] scores = new double[40];
        foreach (int row in new[] { 2, 3, 5, 6, 7 })
        {
            scores[row] = 0.9;
        }

        foreach (int row in new[] { 21, 22, 23 })
        {
            scores[row] = 0.8;
        }

        scores[30] = 0.4;
        var channel = new ChannelSeries(new ChannelInfo(Some.Channel("NAB"), ChannelKind.Other), new Series(file.Timestamps[0], NabFiles.Step, new double[40]));

        // When
        var series = EventMetricsSources.FromNab(file, channel, "det", scores, 0.5);
        var m = EventMetrics.Compute("det", [series], TimeSpan.Zero);

        // Then
        Assert.Equal([file.Timestamps[6], file.Timestamps[21]], series.Detections.Select(e => e.Start));
        Assert.Equal([6, 7, 21, 22, 23], series.DetectedMask().Select((d, i) => (d, i)).Where(p => p.d).Select(p => p.i));
        var window = Assert.Single(series.Windows);
        Assert.Equal((file.Timestamps[20], file.Timestamps[24] + NabFiles.Step), (window.Start, window.End));
        Assert.Equal((0.5, 1.0, 5.0), (m.Precision, m.Recall, m.MedianDelayMinutes));
    }

    [Fact]
    public void A_NAB_window_wholly_in_the_probation_is_left_out_as_NAB_does()
    {
        // Given: 40 rows, probation 6; windows over rows 1..3 and 20..24
        var file = NabFiles.Regular(40, (1, 3), (20, 24));
        var channel = new ChannelSeries(new ChannelInfo(Some.Channel("NAB"), ChannelKind.Other), new Series(file.Timestamps[0], NabFiles.Step, new double[40]));

        // When
        var series = EventMetricsSources.FromNab(file, channel, "det", new double[40], 0.5);

        // Then
        Assert.Equal(file.Timestamps[20], Assert.Single(series.Windows).Start);
    }

    [Fact]
    public void NAB_point_counts_at_the_standard_threshold_are_the_rows_NAB_counted_for_a_published_detector()
    {
        // Given: numenta's published scores on the shared NAB copy, scored by NAB's rules (the standard profile's optimised threshold)
        var corpus = SharedNab.Corpus;
        var standard = NabBenchmark.Evaluate(corpus, f => SharedNab.Scores("numenta", f))["standard"];

        // When
        var series = corpus.Files.Select(f => EventMetricsSources.FromNab(f, AsChannel(f), "numenta", SharedNab.Scores("numenta", f), standard.Threshold)).ToList();
        var m = EventMetrics.Compute("numenta", series, TimeSpan.Zero);

        // Then: detected rows inside and outside windows are NAB's true and false positive rows; every NAB window is a window
        Assert.Equal((standard.TruePositives, standard.FalsePositives), ((int)m.Points.TruePositives, (int)m.Points.FalsePositives));
        Assert.Equal(corpus.WindowCount, m.Windows);
        Assert.InRange(m.Recall, 0.01, 1);
    }

    [Fact]
    public void A_detect_run_gives_one_series_per_channel_and_detector_with_its_labels_and_events()
    {
        // Given: two channels, two detectors; a label on STA; det-a found it, det-b raised an event on STB
        var sta = Some.ChannelSeries("STA", 300);
        var stb = Some.ChannelSeries("STB", 300);
        string[] detectors = ["det-a", "det-b"];
        DetectorScores[] scores = [.. new[] { sta, stb }.SelectMany(c => detectors.Select(d => new DetectorScores(c.Channel, d, c.Series, null, null)))];
        AnomalyEvent[] events = [Scored.Detection(15, detector: "det-a"), Scored.Detection(200, station: "STB", detector: "det-b")];
        var result = new DetectResult([sta, stb], scores, events, [], [], []);

        // When
        var series = EventMetricsSources.FromDetect(result, [Scored.Window(10, 20)]);

        // Then
        Assert.Equal(4, series.Count);
        var a = EventMetrics.Compute("det-a", [.. series.Where(s => s.Detector == "det-a")], TimeSpan.Zero);
        var b = EventMetrics.Compute("det-b", [.. series.Where(s => s.Detector == "det-b")], TimeSpan.Zero);
        Assert.Equal((1, 1, 1, 0), (a.Windows, a.Found, a.Detections, a.FalseAlarms));
        Assert.Equal((1, 0, 1, 1), (b.Windows, b.Found, b.Detections, b.FalseAlarms));
    }

    [Fact]
    public void A_label_on_a_channel_not_screened_names_the_label_file_and_line()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("labels.csv", ["network,station,channel,start,end,kind", "XX,STA,CH,2024-03-01T00:10:00Z,2024-03-01T00:20:00Z,spike", "XX,STZ,CH,2024-03-01T00:10:00Z,2024-03-01T00:20:00Z,"]);
        var labels = LabelCsv.ReadWithLines(path);

        // When
        var e = Assert.Throws<DataException>(() => EventMetricsSources.CheckChannels(path, labels, new[] { Some.ChannelSeries("STA") }));

        // Then
        Assert.Equal((path, 3L), (e.Source, e.Line));
        Assert.Contains("XX.STZ.CH", e.Message, StringComparison.Ordinal);
    }

    private static ChannelSeries AsChannel(NabFile file) =>
        new(new ChannelInfo(new ChannelId("NAB", "x", "y"), ChannelKind.Other), new Series(file.Timestamps[0], TimeSpan.FromMinutes(5), file.Values.ToArray()));
}
