using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Benchmarks;

/// <summary>
/// Ingest and query throughput against curl on the same server in the same run (issue: at least 0.8 of curl).
/// Each benchmark moves <see cref="BenchEnvironment.Points"/> points; BenchmarkDotNet reports time per point
/// (OperationsPerInvoke), so points/s = 1e9 / mean(ns), and the Ratio column is curl's time over ours, inverted.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes the client
public class InfluxThroughputBenchmarks
#pragma warning restore CA1001
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-bench-").FullName;
    private IReadOnlyList<ChannelSeries> _data = [];
    private InfluxClient? _client;
    private string _csv = "";
    private string _lineProtocol = "";
    private string _database = "";

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchEnvironment.Data();
        _csv = Path.Combine(_folder, "st01.csv");
        _lineProtocol = Path.Combine(_folder, "st01.lp");
        BenchEnvironment.WriteCsv(_csv, _data);
        var schema = new RawSchema();
        BenchEnvironment.WriteLineProtocol(_lineProtocol, _data, schema);
        _database = $"bench_{Environment.ProcessId}";
        _client = new InfluxClient(new InfluxConnection { Url = BenchEnvironment.Url, Database = _database });
        _client.CreateDatabaseAsync().GetAwaiter().GetResult();
        new BatchingWriter(_client).WriteAsync(schema.Points(_data)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.DropDatabaseAsync().GetAwaiter().GetResult();
        _client?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchEnvironment.Points, Description = "write: curl --data-binary (line protocol, one request)")]
    [BenchmarkCategory("write")]
    public async Task Write_curl()
    {
        var (exit, error) = await BenchEnvironment.RunAsync("curl", "-sS", "-f", "-XPOST",
            $"{BenchEnvironment.Url}/write?db={_database}&precision=ns", "--data-binary", $"@{_lineProtocol}");
        Check(exit, error);
    }

    [Benchmark(OperationsPerInvoke = BenchEnvironment.Points, Description = "write: geoanomaly ingest (CSV file, process)")]
    [BenchmarkCategory("write")]
    public async Task Write_geoanomaly_ingest()
    {
        var (exit, error) = await BenchEnvironment.RunAsync("dotnet", Path.Combine(AppContext.BaseDirectory, "geoanomaly.dll"), "ingest", _csv,
            "--influx", BenchEnvironment.Url, "--database", _database, "--network", "BN", "--kind", "deformation", "-q");
        Check(exit, error);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchEnvironment.Points, Description = "read: curl /query (chunked JSON, per channel)")]
    [BenchmarkCategory("read")]
    public async Task Read_curl()
    {
        foreach (var channel in _data)
        {
            string query = $"SELECT \"value\" FROM \"ga_raw\" WHERE \"network\"='BN' AND \"station\"='ST01' AND \"channel\"='{channel.Channel.Id.Channel}'";
            var (exit, error) = await BenchEnvironment.RunAsync("curl", "-sS", "-f", "-G", $"{BenchEnvironment.Url}/query",
                "--data-urlencode", $"db={_database}", "--data-urlencode", "epoch=ns", "--data-urlencode", "chunked=true",
                "--data-urlencode", "chunk_size=50000", "--data-urlencode", $"q={query}", "-o", "/dev/null");
            Check(exit, error);
        }
    }

    [Benchmark(OperationsPerInvoke = BenchEnvironment.Points, Description = "read: InfluxSeriesReader onto the grid")]
    [BenchmarkCategory("read")]
    public async Task Read_geoanomaly()
    {
        var reader = new InfluxSeriesReader(_client!);
        var end = BenchEnvironment.Start.AddDays(BenchEnvironment.Days);
        foreach (var channel in _data)
        {
            var series = await reader.ReadAsync(channel.Channel, BenchEnvironment.Start, end, TimeSpan.FromMinutes(1));
            if (series.Series.Count != BenchEnvironment.SamplesPerChannel)
            {
                throw new InvalidOperationException($"read {series.Series.Count} samples, expected {BenchEnvironment.SamplesPerChannel}");
            }
        }
    }

    private static void Check(int exit, string error)
    {
        if (exit != 0)
        {
            throw new InvalidOperationException($"exit {exit}: {error}");
        }
    }
}
