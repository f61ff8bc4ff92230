using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>What <see cref="DetectFileWriter"/> wrote.</summary>
/// <param name="EventsFile">Path of the events CSV.</param>
/// <param name="Events">Events written.</param>
/// <param name="ScoreFiles">Score CSV files written.</param>
internal sealed record DetectFileReport(string EventsFile, int Events, int ScoreFiles);

/// <summary>
/// Writes a detect run's results into a folder, each file atomically, so the same run gives the same bytes:
/// <c>scores/&lt;network.station.channel&gt;.&lt;detector&gt;.csv</c> (time, calibrated <c>score</c>, <c>raw_score</c>,
/// then the detector's other outputs) as each channel is done (it is the run's <see cref="IScoreSink"/>), then
/// <c>events.csv</c> (<see cref="EventCsvWriter"/>) and <c>calibration.csv</c> (one row per channel and detector: the
/// fitted map) when the run ends (<see cref="Finish"/>).
/// </summary>
internal sealed class DetectFileWriter : IScoreSink
{
    /// <summary>The events file name.</summary>
    public const string EventsFile = "events.csv";

    /// <summary>The calibration table file name.</summary>
    public const string CalibrationFile = "calibration.csv";

    /// <summary>The scores folder name.</summary>
    public const string ScoresFolder = "scores";

    private readonly string _folder;
    private readonly bool _writeScores;
    private int _scoreFiles;

    /// <summary>A writer into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="writeScores">Whether to write the per-sample score files.</param>
    public DetectFileWriter(string folder, bool writeScores)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        _folder = folder;
        _writeScores = writeScores;
        Directory.CreateDirectory(folder);
    }

    /// <summary>Writes <paramref name="result"/> into <paramref name="folder"/> in one go (scores the run kept, events, calibration).</summary>
    /// <param name="result">The run's results.</param>
    /// <param name="folder">The output folder.</param>
    /// <param name="writeScores">Whether to write the per-sample score files too.</param>
    public static DetectFileReport Write(DetectResult result, string folder, bool writeScores) => new DetectFileWriter(folder, writeScores).Finish(result);

    /// <inheritdoc/>
    public Task WriteAsync(IReadOnlyList<DetectorScores> scores, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (!_writeScores)
        {
            return Task.CompletedTask;
        }

        string folder = Path.Combine(_folder, ScoresFolder);
        Directory.CreateDirectory(folder);
        foreach (var s in scores)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var columns = new List<ScoreColumn> { new("score", s.Calibrated.Memory) };
            if (s.Output is { } output)
            {
                columns.Add(new ScoreColumn("raw_score", output.Column(0).ToArray()));
                columns.AddRange(output.Names.Skip(1).Select((name, k) => new ScoreColumn(name, output.Column(k + 1).ToArray()))
                    .Where(c => c.Name is not ("score" or "raw_score" or "time")));
            }

            ScoreCsvWriter.Write(Path.Combine(folder, $"{Safe(s.Channel.Id.ToString())}.{Safe(s.Detector)}.csv"), s.Calibrated.Start, s.Calibrated.Step, columns);
            _scoreFiles++;
        }

        return Task.CompletedTask;
    }

    /// <summary>Writes the scores the run kept (when it had no sink), then the events and the calibration table.</summary>
    /// <param name="result">The run's results.</param>
    public DetectFileReport Finish(DetectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var channel in result.Scores.GroupBy(s => s.Channel.Id))
        {
            WriteAsync([.. channel], CancellationToken.None).GetAwaiter().GetResult();
        }

        var kinds = result.Channels.ToDictionary(c => c.Channel.Id, c => c.Channel.Kind);
        string events = Path.Combine(_folder, EventsFile);
        EventCsvWriter.Write(events, result.Events.Select(e => new EventRow(e, kinds.TryGetValue(e.Channel, out var k) ? k : null)));
        WriteCalibration(Path.Combine(_folder, CalibrationFile), result.Calibrations);
        return new DetectFileReport(events, result.Events.Count, _scoreFiles);
    }

    /// <summary>A file-name-safe form of <paramref name="name"/>: characters invalid in file names (and path separators) become <c>_</c>.</summary>
    /// <param name="name">A channel id or detector name.</param>
    public static string Safe(string name)
    {
        char[] invalid = [.. Path.GetInvalidFileNameChars(), '/', '\\', ':', '*', '?', '"', '<', '>', '|'];
        return string.Concat(name.Select(c => invalid.Contains(c) ? '_' : c));
    }

    private static void WriteCalibration(string path, IReadOnlyList<DetectorCalibration> calibrations) => AtomicFile.WriteText(path, writer =>
    {
        CsvText.WriteRecord(writer, "network", "station", "channel", "detector", "method", "reference_from", "reference_to", "reference_scores",
            "tail_start", "tail_level", "tail_scale", "tail_shape");
        foreach (var s in calibrations)
        {
            var c = s.Calibration;
            CsvText.WriteRecord(
                writer,
                s.Channel.Id.Network,
                s.Channel.Id.Station,
                s.Channel.Id.Channel,
                s.Detector,
                c is null ? "failed" : c.Method.ToString().ToLowerInvariant(),
                c?.ReferenceFrom is { } from ? CsvText.Time(from) : "",
                c?.ReferenceTo is { } to ? CsvText.Time(to) : "",
                c is null ? "" : c.ReferenceCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                CsvText.Number(c?.TailStart ?? double.NaN),
                CsvText.Number(c?.TailLevel ?? double.NaN),
                CsvText.Number(c?.TailScale ?? double.NaN),
                CsvText.Number(c?.TailShape ?? double.NaN));
        }
    });
}
