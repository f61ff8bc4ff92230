using System.Globalization;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Synthetic.Tests.Support;

/// <summary>A deliberately plain reader of labels.csv, to check the writer (codes in these tests never need quoting).</summary>
internal static class LabelsCsv
{
    public static List<InjectedAnomaly> Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        Assert.Equal(LabelsCsvWriter.Header, lines[0]);
        return [.. lines.Skip(1).Select(line =>
        {
            string[] f = line.Split(',');
            Assert.Equal(7, f.Length);
            return new InjectedAnomaly(
                new ChannelId(f[0], f[1], f[2]),
                DateTimeOffset.Parse(f[3], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                DateTimeOffset.Parse(f[4], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                FileText.ParseAnomalyKind(f[5]) ?? throw new FormatException($"unknown kind '{f[5]}'"),
                double.Parse(f[6], CultureInfo.InvariantCulture));
        })];
    }
}
