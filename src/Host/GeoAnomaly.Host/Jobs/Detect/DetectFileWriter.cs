using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>What <see cref="DetectFileWriter"/> wrote.</summary>
/// <param name="EventsFile">Path of the events CSV.</param>
/// <param name="Events">Events written.</param>
/// <param name="ScoreFiles">Score CSV files written.</param>
internal sealed record DetectFileReport(string EventsFile, int Events, int ScoreFiles)
{
    /// <summary>Cleaned-series CSV files written (one per channel with a preprocessing chain).</summary>
    public int CleanFiles { get; init; }

    /// <summary>Rows of <c>adjustments.csv</c> (spikes replaced, steps removed).</summary>
    public int Adjustments { get; init; }
}

/// <summary>
/// Writes a detect run's results into a folder, each file atomically, so the same run gives the same bytes:
/// <c>scores/&lt;network.station.channel&gt;.&lt;detector&gt;.csv</c> (time, calibrated <c>score</c>, <c>raw_score</c>,
/// then the detector's other outputs) and <c>clean/&lt;network.station.channel&gt;.csv</c> (time, the cleaned
/// <c>value</c>, then every stage's other outputs as <c>stage.output</c>) as each channel is done (it is the run's
/// <see cref="IDetectSink"/>), then <c>events.csv</c> (<see cref="EventCsvWriter"/>), <c>calibration.csv</c> (one row
/// per channel and detector: the fitted map) and <c>adjustments.csv</c> (spikes replaced and steps removed by the
/// chains) when the run ends (<see cref="Finish"/>).
/// </summary>
internal sealed class DetectFileWriter : IDetectSink
{
    /// <summary>The events file name.</summary>
    public const string EventsFile = "events.csv";

    /// <summary>The calibration table file name.</summary>
    public const string CalibrationFile = "calibration.csv";

    /// <summary>The scores folder name.</summary>
    public const string ScoresFolder = "scores";

    /// <summary>The cleaned-series folder name.</summary>
    public const string CleanFolder = "clean";

    /// <summary>The adjustments file name.</summary>
    public const string AdjustmentsFile = "adjustments.csv";

    private readonly string _folder;
    private readonly bool _writeScores;
    private int _scoreFiles;
    private int _cleanFiles;

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
    public Task WriteAsync(ChannelOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Clean is { } clean)
        {
            WriteClean(clean);
        }

        if (!_writeScores)
        {
            return Task.CompletedTask;
        }

        string folder = Path.Combine(_folder, ScoresFolder);
        Directory.CreateDirectory(folder);
        foreach (var s in outcome.Scores)
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

    /// <summary>Writes what the run kept (when it had no sink), then the events, the calibration table and the adjustments.</summary>
    /// <param name="result">The run's results.</param>
    public DetectFileReport Finish(DetectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var outcome in result.Kept())
        {
            WriteAsync(outcome, CancellationToken.None).GetAwaiter().GetResult();
        }

        var kinds = result.Channels.ToDictionary(c => c.Channel.Id, c => c.Channel.Kind);
        string events = Path.Combine(_folder, EventsFile);
        EventCsvWriter.Write(events, result.Events.Select(e => new EventRow(e, kinds.TryGetValue(e.Channel, out var k) ? k : null)));
        WriteCalibration(Path.Combine(_folder, CalibrationFile), result.Calibrations);
        WriteAdjustments(Path.Combine(_folder, AdjustmentsFile), result.Adjustments);
        return new DetectFileReport(events, result.Events.Count, _scoreFiles) { CleanFiles = _cleanFiles, Adjustments = result.Adjustments.Count };
    }

    private void WriteClean(CleanedChannel clean)
    {
        string folder = Path.Combine(_folder, CleanFolder);
        Directory.CreateDirectory(folder);
        var series = clean.Cleaned.Series;
        var columns = new List<ScoreColumn> { new("value", series.Memory) };
        foreach (var stage in clean.Stages)
        {
            columns.AddRange(stage.Output.Names.Select((name, k) => (name, k)).Where(p => p.k > 0)
                .Select(p => new ScoreColumn($"{stage.Stage}.{p.name}", stage.Output.Column(p.k).ToArray())));
        }

        ScoreCsvWriter.Write(Path.Combine(folder, $"{Safe(clean.Cleaned.Channel.Id.ToString())}.csv"), series.Start, series.Step, columns);
        _cleanFiles++;
    }

    private static void WriteAdjustments(string path, IReadOnlyList<Adjustment> adjustments) => AtomicFile.WriteText(path, writer =>
    {
        CsvText.WriteRecord(writer, "network", "station", "channel", "preprocessor", "time", "kind", "value");
        foreach (var a in adjustments)
        {
            CsvText.WriteRecord(writer, a.Channel.Network, a.Channel.Station, a.Channel.Channel, a.Stage, CsvText.Time(a.Time), a.Kind, CsvText.Number(a.Value));
        }
    });

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
