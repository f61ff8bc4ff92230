using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.IsolationForest;
using GeoAnomaly.Plugins.IsolationForest.Features;
using GeoAnomaly.Plugins.IsolationForest.Forest;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Detectors;

/// <summary>
/// Isolation forest fit + score over a 30-day minute series (43,200 samples; daily sine, AR(1) and white noise), the
/// detector's default job: features diff, std, deviation over 60 samples; at each midnight from the second day on a
/// fit of 100 trees × 256 samples on the last 1,440 samples' vectors (29 fits), and every later sample scored.
/// Time is per sample (OperationsPerInvoke), so samples/s = 1e9 / mean(ns). The baseline is the obvious forest (object
/// nodes, recursive scoring) doing the same job; bench/sklearn/iforest_compare.py times scikit-learn on it.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class IsolationForestBenchmarks
{
    private const int Samples = 30 * Day;
    private const int Day = 1440;
    private const int Window = 60;
    private static readonly DateTimeOffset s_start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private double[] _values = [];
    private double[] _features = [];
    private bool[] _valid = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240301);
        _values = new double[Samples];
        double red = 0;
        for (int i = 0; i < Samples; i++)
        {
            red = (0.98 * red) + (0.2 * Normal(random));
            _values[i] = (10 * Math.Sin(2 * Math.PI * i / Day)) + red + (0.5 * Normal(random));
        }

        var channel = new ChannelFeatures(FeatureKinds.Diff | FeatureKinds.Std | FeatureKinds.Deviation, Window);
        _features = new double[Samples * 3];
        _valid = new bool[Samples];
        for (int i = 0; i < Samples; i++)
        {
            channel.Push(_values[i]);
            _valid[i] = channel.TryWrite(_features.AsSpan(i * 3, 3));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples, Description = "naive forest (object nodes): features, 29 fits, scores")]
    public double Naive_reference_forest() => NaiveForestJob.Run(_values, Day, Window);

    [Benchmark(OperationsPerInvoke = Samples, Description = "isolation-forest detector: features, 29 fits, scores")]
    public double Detector()
    {
        var state = new IsolationForestDetector().StartChecked(new IsolationForestOptions(), ComponentStart.ForTesting());
        var output = state.RunBatch(new Series(s_start, TimeSpan.FromMinutes(1), _values));
        return output.Primary[^1];
    }

    [Benchmark(OperationsPerInvoke = Samples, Description = "flat forest alone: 29 fits, scores (features given)")]
    public double Flat_forest_only()
    {
        var forest = new IsolationForestModel(100, 256, 1.0, 3);
        double[] training = new double[Day * 3];
        double[] scores = new double[Day];
        double last = 0;
        for (int at = Day; at < Samples; at += Day)
        {
            int rows = 0;
            for (int i = at - Day + 1; i <= at; i++)
            {
                if (_valid[i])
                {
                    _features.AsSpan(i * 3, 3).CopyTo(training.AsSpan(rows++ * 3));
                }
            }

            forest.Fit(training, rows, (ulong)at);
            int count = Math.Min(Day, Samples - at);
            forest.Score(_features.AsSpan(at * 3, count * 3), count, scores);
            last = scores[count - 1];
        }

        return last;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    /// <summary>The obvious isolation forest and job: per-sample feature recomputation, object nodes built recursively
    /// from lists of points, recursive scoring; same schedule and sizes as the detector.</summary>
    private static class NaiveForestJob
    {
        public static double Run(double[] x, int day, int window)
        {
            var vectors = new double[x.Length][];
            for (int t = window - 1; t < x.Length; t++)
            {
                double[] w = x[(t - window + 1)..(t + 1)];
                double mean = w.Average();
                double std = Math.Sqrt(w.Sum(v => (v - mean) * (v - mean)) / window);
                vectors[t] = [x[t] - x[t - 1], std, x[t] - mean];
            }

            double last = 0;
            for (int at = day; at < x.Length; at += day)
            {
                var training = vectors[(at - day + 1)..(at + 1)].Where(v => v is not null).ToList();
                var trees = Fit(training, 100, 256, new Random(at));
                double c = C(Math.Min(256, training.Count));
                for (int t = at; t < Math.Min(at + day, x.Length); t++)
                {
                    double sum = trees.Sum(tree => tree.PathLength(vectors[t]));
                    last = Math.Pow(2, -sum / (trees.Count * c));
                }
            }

            return last;
        }

        private static List<Node> Fit(List<double[]> data, int count, int samples, Random random)
        {
            int psi = Math.Min(samples, data.Count);
            int maxDepth = (int)Math.Ceiling(Math.Log2(Math.Max(psi, 2)));
            var trees = new List<Node>();
            for (int k = 0; k < count; k++)
            {
                var sample = data.OrderBy(_ => random.Next()).Take(psi).ToList();
                trees.Add(Grow(sample, 0, maxDepth, random));
            }

            return trees;
        }

        private static Node Grow(List<double[]> points, int depth, int maxDepth, Random random)
        {
            if (depth >= maxDepth || points.Count <= 1)
            {
                return new Node(null, null, 0, 0, depth + C(points.Count));
            }

            foreach (int feature in Enumerable.Range(0, points[0].Length).OrderBy(_ => random.Next()))
            {
                double min = points.Min(p => p[feature]);
                double max = points.Max(p => p[feature]);
                if (max > min)
                {
                    double threshold = min + ((max - min) * random.NextDouble());
                    var left = Grow(points.Where(p => p[feature] <= threshold).ToList(), depth + 1, maxDepth, random);
                    var right = Grow(points.Where(p => p[feature] > threshold).ToList(), depth + 1, maxDepth, random);
                    return new Node(left, right, feature, threshold, 0);
                }
            }

            return new Node(null, null, 0, 0, depth + C(points.Count));
        }

        private static double C(int n) => n <= 1 ? 0 : n == 2 ? 1 : (2 * (Math.Log(n - 1.0) + 0.5772156649015329)) - (2.0 * (n - 1) / n);

        private sealed record Node(Node? Left, Node? Right, int Feature, double Threshold, double LeafPath)
        {
            public double PathLength(double[] x) =>
                Left is null || Right is null ? LeafPath : (x[Feature] <= Threshold ? Left : Right).PathLength(x);
        }
    }
}
