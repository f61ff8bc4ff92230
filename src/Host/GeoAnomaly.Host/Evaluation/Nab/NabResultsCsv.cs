using System.Globalization;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// Reads a detector's NAB results file, <c>results/&lt;detector&gt;/&lt;category&gt;/&lt;detector&gt;_&lt;file&gt;.csv</c>
/// (<c>scorer.py</c> <c>scoreCorpus</c>; <c>util.py</c> <c>convertResultsPathToDataPath</c>): a header with at least
/// <c>timestamp</c> and <c>anomaly_score</c> (NAB adds <c>value</c>, <c>label</c>, <c>S(t)_&lt;profile&gt;</c>, and some
/// detectors more), then one row per row of the data file, at the same times.
/// </summary>
internal static class NabResultsCsv
{
    /// <summary>The results file of <paramref name="detector"/> for <paramref name="file"/> under <paramref name="resultsFolder"/>.</summary>
    /// <param name="resultsFolder">NAB's <c>results</c> folder.</param>
    /// <param name="detector">The detector's name, e.g. <c>numenta</c>.</param>
    /// <param name="file">The data file's name, e.g. <c>realKnownCause/nyc_taxi.csv</c>.</param>
    public static string PathFor(string resultsFolder, string detector, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        int slash = file.LastIndexOf('/');
        string category = slash < 0 ? string.Empty : file[..slash];
        return Path.Combine(resultsFolder, detector, category, $"{detector}_{file[(slash + 1)..]}");
    }

    /// <summary>Reads the <c>anomaly_score</c> column, checking its times against <paramref name="file"/>'s rows.</summary>
    /// <param name="path">The results file.</param>
    /// <param name="file">The data file it scores.</param>
    /// <exception cref="DataException">Missing columns, a row count or time that differs from the data file, or a score that is not a number in 0..1; names line and column.</exception>
    public static double[] ReadScores(string path, NabFile file)
    {
        using var reader = StationFiles.OpenText(path);
        return ReadScores(reader, path, file);
    }

    /// <summary>Reads the <c>anomaly_score</c> column of a results text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">Name for messages.</param>
    /// <param name="file">The data file it scores.</param>
    /// <exception cref="DataException">Missing columns, a row count or time that differs from the data file, or a score that is not a number in 0..1; names line and column.</exception>
    public static double[] ReadScores(TextReader text, string source, NabFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var records = new TextRecordReader(text, source, FieldLayout.Delimited, ',');
        if (!records.ReadRecord())
        {
            throw new DataException(source, null, "file is empty; expected a header with timestamp and anomaly_score");
        }

        var header = records.FieldStrings();
        int timeColumn = Column(header, "timestamp", source, records.RecordLine);
        int scoreColumn = Column(header, "anomaly_score", source, records.RecordLine);
        double[] scores = new double[file.Length];
        int row = 0;
        while (records.ReadRecord())
        {
            long line = records.RecordLine;
            if (records.FieldCount != header.Count)
            {
                throw new DataException(source, line, $"{records.FieldCount} fields, the header has {header.Count}");
            }

            if (row >= file.Length)
            {
                throw new DataException(source, line, $"more rows than the {file.Length} of {file.Name}");
            }

            var timeText = records.Field(timeColumn);
            if (!IsoTime.TryParse(timeText, out var naive, out var offset)
                || new DateTimeOffset(naive.Ticks - (offset ?? TimeSpan.Zero).Ticks, TimeSpan.Zero) != file.Timestamps[row])
            {
                throw new DataException(source, line, $"column timestamp: '{timeText}' is not the time of row {row + 1} of {file.Name} ({file.Timestamps[row]:yyyy-MM-dd HH:mm:ss})");
            }

            var scoreText = records.Field(scoreColumn);
            if (!double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out double score) || !(score >= 0 && score <= 1))
            {
                throw new DataException(source, line, $"column anomaly_score: '{scoreText}' is not a number in 0..1");
            }

            scores[row++] = score;
        }

        return row == file.Length ? scores : throw new DataException(source, records.LineNumber, $"{row} rows; {file.Name} has {file.Length}");
    }

    private static int Column(List<string> header, string name, string source, long line)
    {
        int index = header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new DataException(source, line, $"no column {name}; the columns are {string.Join(", ", header)}");
    }
}
