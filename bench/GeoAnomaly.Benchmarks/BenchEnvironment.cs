using System.Diagnostics;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks;

/// <summary>The server and data every benchmark of a run shares: the InfluxDB URL from bench/run.sh and seeded channels.</summary>
internal static class BenchEnvironment
{
    public const int Channels = 10;
    public const int Days = 14;
    public const int SamplesPerChannel = Days * 1440;
    public const int Points = Channels * SamplesPerChannel;

    public static string Url => Environment.GetEnvironmentVariable("GEOANOMALY_INFLUX_URL")
        ?? throw new InvalidOperationException("GEOANOMALY_INFLUX_URL is not set; run the benchmarks through bench/run.sh, which starts a server");

    public static DateTimeOffset Start { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Seeded channels without gaps (so every sample is a point): a daily cycle and noise.</summary>
    public static IReadOnlyList<ChannelSeries> Data()
    {
        var random = new Random(42);
        return Enumerable.Range(0, Channels).Select(c =>
        {
            double[] values = new double[SamplesPerChannel];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Math.Round((100 * Math.Sin(2 * Math.PI * i / 1440.0)) + random.NextDouble(), 4);
            }

            var info = new ChannelInfo(new ChannelId("BN", "ST01", $"CH{c:00}"), ChannelKind.Deformation, "nstrain");
            return new ChannelSeries(info, new Series(Start, TimeSpan.FromMinutes(1), values));
        }).ToList();
    }

    /// <summary>The data as a plain CSV file (time, one column per channel), what an analyst would ingest.</summary>
    public static void WriteCsv(string path, IReadOnlyList<ChannelSeries> data)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("time," + string.Join(',', data.Select(d => d.Channel.Id.Channel)));
        for (int i = 0; i < SamplesPerChannel; i++)
        {
            writer.Write(data[0].Series.TimeAt(i).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var d in data)
            {
                writer.Write(',');
                writer.Write(d.Series[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }

            writer.WriteLine();
        }
    }

    /// <summary>The same points as line protocol, exactly as geoanomaly ingest writes them (one file for curl).</summary>
    public static void WriteLineProtocol(string path, IReadOnlyList<ChannelSeries> data, RawSchema schema)
    {
        var batch = new LineBatch(1 << 20);
        using var file = File.Create(path);
        var source = schema.Points(data);
        bool more = true;
        while (more)
        {
            batch.Reset();
            more = source.Fill(batch, 50_000);
            file.Write(batch.Content.Span);
        }
    }

    public static async Task<(int Exit, string Error)> RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }
}
