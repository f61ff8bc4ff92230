using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>The <c>--csv-format</c> value of the commands that read station files: a JSON file or inline JSON.</summary>
internal static class CsvFormatOption
{
    public const string Description = "Column mapping for delimited files: a JSON file, or inline JSON (delimiter, time columns and format, time zone, value columns with channel identity, missing-value sentinels). Without it, a plain 'time,col1,col2' CSV is read with its header names as channel codes.";

    /// <summary>Loads and validates the mapping.</summary>
    /// <exception cref="UsageException">The file is missing, or the mapping is malformed or invalid; names the option.</exception>
    public static DelimitedFormat Load(string value)
    {
        string trimmed = value.TrimStart();
        bool inline = trimmed.StartsWith('{');
        if (!inline && !File.Exists(value))
        {
            throw new UsageException($"--csv-format: file {value} does not exist");
        }

        DelimitedFormat format;
        try
        {
            format = inline ? DelimitedFormat.FromJson(trimmed, "--csv-format") : DelimitedFormat.FromJson(File.ReadAllText(value), value);
        }
        catch (DataException e)
        {
            throw new UsageException($"--csv-format: {e.Message}");
        }

        var problems = format.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new UsageException($"--csv-format: {string.Join("; ", problems)}");
        }

        return format;
    }
}
