using System.Buffers.Binary;
using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class EventTimelineTests
{
    private static readonly byte[] s_pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void A_timeline_is_a_PNG_of_the_requested_size()
    {
        // Given: a series with a gap, a window, a detection in it and one outside
        using var folder = new TempFolder();
        var data = Some.Series(600, gaps: [50, 51, 52]);
        var series = new EventMetricsSeries(Some.Channel("STA"), Scored.Detector, data, [Scored.Window(100, 160)], [Scored.Detection(120), Scored.Detection(51)]);
        var metrics = EventMetrics.Compute(Scored.Detector, [series], TimeSpan.Zero);
        string path = Path.Combine(folder.Path, "t.png");

        // When
        EventTimeline.Draw(path, series, metrics, 640, 240);

        // Then: the signature, then the IHDR chunk's width and height (big-endian, bytes 16..23)
        byte[] png = File.ReadAllBytes(path);
        Assert.True(png.Length > 1000, $"{png.Length} bytes");
        Assert.Equal(s_pngSignature, png[..8]);
        Assert.Equal((640, 240), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public void A_long_run_is_drawn_as_its_envelope_keeping_every_bucket_extreme_in_time_order()
    {
        // Given: 100,000 seeded samples with a spike and a dip, reduced to 1,000 points
        double[] values = Some.Series(100_000).Values.ToArray();
        values[31_337] = 50;
        values[77_001] = -50;

        // When
        var (indices, ys) = EventTimeline.Envelope(values, 1000);

        // Then: at most the budget, increasing indices, each value its sample's, the spike and the dip kept
        Assert.InRange(indices.Length, 500, 1000);
        Assert.True(indices.Zip(indices.Skip(1)).All(p => p.First < p.Second));
        Assert.Equal(indices.Select(k => values[k]), ys);
        Assert.Contains(31_337, indices);
        Assert.Contains(77_001, indices);
    }

    [Fact]
    public void A_short_run_is_drawn_whole()
    {
        // Given
        double[] values = [3, 1, 2];

        // When
        var (indices, ys) = EventTimeline.Envelope(values, 10);

        // Then
        Assert.Equal([0, 1, 2], indices);
        Assert.Equal(values, ys);
    }

    [Fact]
    public void The_worst_series_come_first_by_lowest_F1_then_most_false_alarms()
    {
        // Given: STA perfect; STB misses its window with one false alarm; STC misses its window with two; STD has nothing
        EventMetricsSeries[] series =
        [
            Scored.Series(500, [Scored.Window(10, 20)], [Scored.Detection(10)]),
            Scored.Series(500, [Scored.Window(10, 20, "STB")], [Scored.Detection(300, station: "STB")], "STB"),
            Scored.Series(500, [Scored.Window(10, 20, "STC")], [Scored.Detection(300, station: "STC"), Scored.Detection(400, station: "STC")], "STC"),
            Scored.Series(500, [], [], "STD"),
        ];

        // When
        var worst = EventTimeline.Worst(series, TimeSpan.Zero, 3);

        // Then
        Assert.Equal(["STC", "STB", "STA"], worst.Select(w => w.Series.Channel.Station));
    }

    [Fact]
    public void Worst_series_of_every_detector_are_drawn_into_the_timelines_folder()
    {
        // Given: two detectors over three series each
        using var folder = new TempFolder();
        var series = new List<EventMetricsSeries>();
        foreach (string detector in new[] { "a", "b" })
        {
            foreach (string station in new[] { "STA", "STB", "STC" })
            {
                series.Add(Scored.Series(300, [Scored.Window(10, 20, station)], [Scored.Detection(15, station: station, detector: detector)], station) with { Detector = detector });
            }
        }

        // When
        var written = EventTimeline.WriteWorst(folder.Path, series, TimeSpan.Zero, count: 2, width: 320, height: 160);

        // Then
        Assert.Equal(4, written.Count);
        Assert.All(written, p => Assert.Equal(Path.Combine(folder.Path, EventTimeline.FolderName), Path.GetDirectoryName(p)));
        Assert.All(written, p => Assert.True(new FileInfo(p).Length > 0));
        Assert.Equal(2, written.Count(p => Path.GetFileName(p).StartsWith("a_", StringComparison.Ordinal)));
    }
}
