using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>A NAB per-file score table, <c>results/&lt;detector&gt;/&lt;detector&gt;_&lt;profile&gt;_scores.csv</c>.</summary>
/// <param name="Detector">The detector's name.</param>
/// <param name="Profile">The profile's name.</param>
/// <param name="Files">One row per file (<see cref="NabFileScore.Rows"/> is the table's <c>Total_Count</c>).</param>
/// <param name="TotalScore">The <c>Totals</c> row's score (the raw corpus score).</param>
internal sealed record NabScoreTable(string Detector, string Profile, IReadOnlyList<NabFileScore> Files, double TotalScore)
{
    private static readonly string[] s_columns = ["Detector", "Profile", "File", "Threshold", "Score", "TP", "TN", "FP", "FN", "Total_Count"];

    /// <summary>Reads a score table (<c>scorer.py</c> <c>scoreCorpus</c> wrote them; the last row is <c>Totals</c>).</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="DataException">Missing columns, a malformed number, mixed detectors or profiles, or no <c>Totals</c> row; names line and column.</exception>
    public static NabScoreTable Read(string path)
    {
        using var reader = StationFiles.OpenText(path);
        var csv = new CsvTableReader(reader, path, s_columns, []);
        var rows = new List<NabFileScore>();
        string? detector = null;
        string? profile = null;
        double? total = null;
        while (csv.Read())
        {
            if (total is not null)
            {
                throw new DataException(path, csv.Line, "a row follows the Totals row");
            }

            if (csv.Text("Detector") == "Totals")
            {
                total = csv.Number("Score");
                continue;
            }

            detector ??= csv.Required("Detector");
            profile ??= csv.Required("Profile");
            if (csv.Text("Detector") != detector || csv.Text("Profile") != profile)
            {
                throw new DataException(path, csv.Line, $"the table mixes detectors or profiles ({csv.Text("Detector")}, {csv.Text("Profile")} after {detector}, {profile})");
            }

            rows.Add(new NabFileScore(
                csv.Required("File"), profile, Finite(csv, "Threshold"), Finite(csv, "Score"),
                Count(csv, "TP"), Count(csv, "TN"), Count(csv, "FP"), Count(csv, "FN"), Count(csv, "Total_Count")));
        }

        return total is { } t && detector is not null && profile is not null
            ? new NabScoreTable(detector, profile, rows, t)
            : throw new DataException(path, null, "no file rows or no Totals row");
    }

    /// <summary>Writes a profile result in NAB's layout, file rows then a <c>Totals</c> row.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="detector">The detector's name.</param>
    /// <param name="result">The result under one profile.</param>
    public static void Write(TextWriter writer, string detector, NabProfileResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        CsvText.WriteRecord(writer, s_columns);
        foreach (var f in result.Files)
        {
            CsvText.WriteRecord(
                writer, detector, f.Profile, f.File, CsvText.Number(f.Threshold), CsvText.Number(f.Score),
                Text(f.TruePositives), Text(f.TrueNegatives), Text(f.FalsePositives), Text(f.FalseNegatives), Text(f.Rows));
        }

        CsvText.WriteRecord(
            writer, "Totals", string.Empty, string.Empty, string.Empty, CsvText.Number(result.RawScore),
            Text(result.TruePositives), Text(result.TrueNegatives), Text(result.FalsePositives), Text(result.FalseNegatives), Text(result.Rows));
    }

    private static string Text(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static double Finite(CsvTableReader csv, string column)
    {
        double value = csv.Number(column);
        return double.IsFinite(value) ? value : throw csv.Error(column, "must be a number");
    }

    private static int Count(CsvTableReader csv, string column)
    {
        double value = csv.Number(column);
        return value >= 0 && value <= int.MaxValue && value == Math.Floor(value) ? (int)value : throw csv.Error(column, $"'{csv.Text(column)}' is not a count");
    }
}
