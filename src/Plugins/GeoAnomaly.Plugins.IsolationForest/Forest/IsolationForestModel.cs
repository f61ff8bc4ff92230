using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GeoAnomaly.Plugins.IsolationForest.Forest;

/// <summary>
/// An isolation forest stored flat: every tree is a complete binary tree of depth D = ceil(log2 ψ) laid out
/// heap-style (children of node k at 2k + 1 and 2k + 2), with one array of splits and one of leaf path lengths for the
/// whole forest. No per-node objects.
/// </summary>
/// <remarks>
/// <para>A leaf reached early (one point left, or all features constant, before depth D) is padded: the nodes below
/// it split at +∞, so every point walks left to the leftmost leaf under it, where the leaf's path length
/// depth + c(size) is stored. Scoring is then exactly D branch-free steps per tree:
/// <c>k = 2k + 1 + (x[feature] &gt; threshold)</c>. Points with <c>x &lt;= threshold</c> go left, as in scikit-learn.</para>
/// <para>The score is s(x) = 2^(-E[h(x)] / c(ψ)), with E[h(x)] the mean over trees of the path length (depth of the
/// leaf plus c(size of the leaf)), as scikit-learn's <c>score_samples</c> negated. With c(ψ) = 0 (ψ = 1) it is 0.5.</para>
/// </remarks>
internal sealed partial class IsolationForestModel
{
    private readonly int _trees;
    private readonly int _maxSamples;
    private readonly double _maxFeatures;
    private readonly int _dimensions;
    private readonly Split[] _splits;
    private readonly double[] _leaves;
    private readonly double[] _pathLengths;
    private int _depth;
    private int _internalPerTree;
    private int _leavesPerTree;
    private double _denominator;

    /// <summary>Allocates a forest for up to <paramref name="maxSamples"/> samples per tree.</summary>
    /// <param name="trees">Number of trees.</param>
    /// <param name="maxSamples">Samples per tree when the training set is large enough.</param>
    /// <param name="maxFeatures">Fraction of the features each tree may use, in (0, 1].</param>
    /// <param name="dimensions">Features per vector.</param>
    public IsolationForestModel(int trees, int maxSamples, double maxFeatures, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trees, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSamples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        _trees = trees;
        _maxSamples = maxSamples;
        _maxFeatures = maxFeatures;
        _dimensions = dimensions;
        int maxDepth = DepthFor(maxSamples);
        _splits = new Split[trees * ((1 << maxDepth) - 1)];
        _leaves = new double[trees << maxDepth];
        _pathLengths = new double[maxSamples + 1];
        for (int n = 0; n <= maxSamples; n++)
        {
            _pathLengths[n] = AveragePathLength.Of(n);
        }

        _treeFeatures = new int[dimensions];
        _candidates = new int[dimensions];
    }

    /// <summary>Features per vector.</summary>
    public int Dimensions => _dimensions;

    /// <summary>Number of trees.</summary>
    public int Trees => _trees;

    /// <summary>ψ of the last fit: min(maxSamples, training rows); 0 before the first fit.</summary>
    public int SamplesPerTree { get; private set; }

    /// <summary>Depth of every tree of the last fit, ceil(log2(max(ψ, 2))).</summary>
    public int Depth => _depth;

    /// <summary>Tree depth for ψ samples: ceil(log2(max(ψ, 2))), as scikit-learn's <c>max_depth</c>.</summary>
    /// <param name="samples">ψ.</param>
    public static int DepthFor(int samples) => samples <= 2 ? 1 : 32 - BitOperations.LeadingZeroCount((uint)(samples - 1));

    /// <summary>The anomaly score s(x) of one vector, in (0, 1]; higher is more anomalous.</summary>
    /// <param name="x">A vector of <see cref="Dimensions"/> features, none NaN.</param>
    public double Score(ReadOnlySpan<double> x) => ScoreFromPathSum(PathSum(x));

    /// <summary>E[h(x)]: the mean path length of <paramref name="x"/> over the trees (depth plus c(leaf size)).</summary>
    /// <param name="x">A vector of <see cref="Dimensions"/> features.</param>
    public double MeanPathLength(ReadOnlySpan<double> x) => PathSum(x) / _trees;

    /// <summary>Scores <paramref name="count"/> vectors stored one after another, tree by tree (faster than one by one,
    /// bitwise equal: each vector's path lengths are summed in tree order either way).</summary>
    /// <param name="rows">The vectors, <paramref name="count"/> × <see cref="Dimensions"/>.</param>
    /// <param name="count">Number of vectors.</param>
    /// <param name="scores">Receives the scores, <paramref name="count"/> of them.</param>
    public void Score(ReadOnlySpan<double> rows, int count, Span<double> scores)
    {
        CheckFitted();
        ArgumentOutOfRangeException.ThrowIfLessThan(rows.Length, count * _dimensions);
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, count);
        var sums = scores[..count];
        sums.Clear();
        ref double data = ref MemoryMarshal.GetReference(rows);
        ref double sum = ref MemoryMarshal.GetReference(sums);
        int dims = _dimensions;
        for (int t = 0; t < _trees; t++)
        {
            ref Split splits = ref _splits[t * _internalPerTree];
            ref double leaves = ref _leaves[t * _leavesPerTree];
            int i = 0;
            for (; i + 4 <= count; i += 4)
            {
                Walk4(ref splits, ref leaves, ref Unsafe.Add(ref data, i * dims), dims, ref Unsafe.Add(ref sum, i));
            }

            for (; i < count; i++)
            {
                Unsafe.Add(ref sum, i) += Walk(ref splits, ref leaves, ref Unsafe.Add(ref data, i * dims));
            }
        }

        for (int i = 0; i < count; i++)
        {
            scores[i] = ScoreFromPathSum(scores[i]);
        }
    }

    private double PathSum(ReadOnlySpan<double> x)
    {
        CheckFitted();
        ArgumentOutOfRangeException.ThrowIfLessThan(x.Length, _dimensions);
        ref double first = ref MemoryMarshal.GetReference(x);
        double sum = 0;
        for (int t = 0; t < _trees; t++)
        {
            sum += Walk(ref _splits[t * _internalPerTree], ref _leaves[t * _leavesPerTree], ref first);
        }

        return sum;
    }

    /// <summary>Walks one tree: <see cref="Depth"/> steps, no branches on the data, then reads the leaf's path length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Walk(ref Split splits, ref double leaves, ref double x)
    {
        nint node = 0;
        for (int level = 0; level < _depth; level++)
        {
            ref Split split = ref Unsafe.Add(ref splits, node);
            bool right = Unsafe.Add(ref x, split.Feature) > split.Threshold;
            node = (2 * node) + 1 + Unsafe.As<bool, byte>(ref right);
        }

        return Unsafe.Add(ref leaves, node - _internalPerTree);
    }

    /// <summary>Walks one tree for four consecutive vectors in lockstep, so their independent chains of loads overlap;
    /// adds each path length to its sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Walk4(ref Split splits, ref double leaves, ref double x, int dims, ref double sums)
    {
        ref double x1 = ref Unsafe.Add(ref x, dims);
        ref double x2 = ref Unsafe.Add(ref x, 2 * dims);
        ref double x3 = ref Unsafe.Add(ref x, 3 * dims);
        nint n0 = 0;
        nint n1 = 0;
        nint n2 = 0;
        nint n3 = 0;
        for (int level = _depth; level > 0; level--)
        {
            ref Split s0 = ref Unsafe.Add(ref splits, n0);
            ref Split s1 = ref Unsafe.Add(ref splits, n1);
            ref Split s2 = ref Unsafe.Add(ref splits, n2);
            ref Split s3 = ref Unsafe.Add(ref splits, n3);
            bool r0 = Unsafe.Add(ref x, s0.Feature) > s0.Threshold;
            bool r1 = Unsafe.Add(ref x1, s1.Feature) > s1.Threshold;
            bool r2 = Unsafe.Add(ref x2, s2.Feature) > s2.Threshold;
            bool r3 = Unsafe.Add(ref x3, s3.Feature) > s3.Threshold;
            n0 = (2 * n0) + 1 + Unsafe.As<bool, byte>(ref r0);
            n1 = (2 * n1) + 1 + Unsafe.As<bool, byte>(ref r1);
            n2 = (2 * n2) + 1 + Unsafe.As<bool, byte>(ref r2);
            n3 = (2 * n3) + 1 + Unsafe.As<bool, byte>(ref r3);
        }

        nint first = _internalPerTree;
        sums += Unsafe.Add(ref leaves, n0 - first);
        Unsafe.Add(ref sums, 1) += Unsafe.Add(ref leaves, n1 - first);
        Unsafe.Add(ref sums, 2) += Unsafe.Add(ref leaves, n2 - first);
        Unsafe.Add(ref sums, 3) += Unsafe.Add(ref leaves, n3 - first);
    }

    private double ScoreFromPathSum(double sum) =>
        _denominator == 0 ? 0.5 : Math.Pow(2.0, -sum / _denominator);

    private void CheckFitted()
    {
        if (SamplesPerTree == 0)
        {
            throw new InvalidOperationException("the isolation forest has not been fitted");
        }
    }

    /// <summary>A node's split: points with <c>x[Feature] &lt;= Threshold</c> go left.</summary>
    /// <param name="Threshold">Split value; +∞ below an early leaf.</param>
    /// <param name="Feature">Index of the feature in the vector.</param>
    private readonly record struct Split(double Threshold, int Feature);
}
