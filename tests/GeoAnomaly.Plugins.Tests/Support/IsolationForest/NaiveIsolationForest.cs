using GeoAnomaly.Plugins.IsolationForest.Forest;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.IsolationForest;

/// <summary>
/// The obvious isolation forest: one object per node, lists of points split recursively, recursive scoring. It makes
/// the same random draws in the same order as <see cref="IsolationForestModel.Fit"/> (rows, then features, then per
/// node depth-first a feature order and a threshold), so on the same seed it must give the same scores; everything
/// else (storage, padding of early leaves, depth, c(n), the walk) is written independently here.
/// </summary>
internal sealed class NaiveIsolationForest
{
    private readonly List<Node> _roots = [];

    private NaiveIsolationForest(int samplesPerTree) => SamplesPerTree = samplesPerTree;

    public int SamplesPerTree { get; }

    public static NaiveIsolationForest Fit(double[][] data, int trees, int maxSamples, double maxFeatures, ulong seed)
    {
        int n = data.Length;
        int dims = data[0].Length;
        int psi = Math.Min(maxSamples, n);
        int maxDepth = (int)Math.Ceiling(Math.Log2(Math.Max(psi, 2)));
        int featureCount = Math.Max(1, Math.Min(dims, (int)(maxFeatures * dims)));
        var forest = new NaiveIsolationForest(psi);
        var random = new Xoshiro256StarStar(seed);
        int[] order = Enumerable.Range(0, n).ToArray();
        for (int t = 0; t < trees; t++)
        {
            var points = new List<double[]>();
            for (int k = 0; k < psi; k++)
            {
                int j = k + random.NextBelow(n - k);
                (order[k], order[j]) = (order[j], order[k]);
                points.Add(data[order[k]]);
            }

            int[] features = Enumerable.Range(0, dims).ToArray();
            if (featureCount < dims)
            {
                for (int k = 0; k < featureCount; k++)
                {
                    int j = k + random.NextBelow(dims - k);
                    (features[k], features[j]) = (features[j], features[k]);
                }
            }

            forest._roots.Add(Grow(points, features[..featureCount], 0, maxDepth, ref random));
        }

        return forest;
    }

    public double Score(double[] x)
    {
        double sum = 0;
        foreach (var root in _roots)
        {
            sum += PathLength(root, x);
        }

        double c = C(SamplesPerTree);
        return c == 0 ? 0.5 : Math.Pow(2.0, -sum / (_roots.Count * c));
    }

    /// <summary>c(n) written out again: 0 for n ≤ 1, 1 for n = 2, 2(ln(n-1) + γ) - 2(n-1)/n otherwise.</summary>
    public static double C(int n) => n <= 1 ? 0 : n == 2 ? 1 : (2.0 * (Math.Log(n - 1.0) + 0.5772156649015329)) - (2.0 * (n - 1.0) / n);

    private static double PathLength(Node node, double[] x)
    {
        while (node.Left is not null && node.Right is not null)
        {
            node = x[node.Feature] <= node.Threshold ? node.Left : node.Right;
        }

        return node.Depth + C(node.Size);
    }

    private static Node Grow(List<double[]> points, int[] treeFeatures, int depth, int maxDepth, ref Xoshiro256StarStar random)
    {
        var node = new Node { Depth = depth, Size = points.Count };
        if (depth >= maxDepth || points.Count <= 1)
        {
            return node;
        }

        int[] candidates = (int[])treeFeatures.Clone();
        for (int remaining = candidates.Length; remaining > 0; remaining--)
        {
            int r = random.NextBelow(remaining);
            int feature = candidates[r];
            candidates[r] = candidates[remaining - 1];
            double min = points.Min(p => p[feature]);
            double max = points.Max(p => p[feature]);
            if (max > min)
            {
                double threshold = min + ((max - min) * random.NextDouble());
                if (threshold >= max)
                {
                    threshold = min;
                }

                node.Feature = feature;
                node.Threshold = threshold;
                node.Left = Grow(points.Where(p => p[feature] <= threshold).ToList(), treeFeatures, depth + 1, maxDepth, ref random);
                node.Right = Grow(points.Where(p => p[feature] > threshold).ToList(), treeFeatures, depth + 1, maxDepth, ref random);
                return node;
            }
        }

        return node;
    }

    private sealed class Node
    {
        public Node? Left { get; set; }

        public Node? Right { get; set; }

        public int Feature { get; set; }

        public double Threshold { get; set; }

        public int Depth { get; init; }

        public int Size { get; init; }
    }
}
