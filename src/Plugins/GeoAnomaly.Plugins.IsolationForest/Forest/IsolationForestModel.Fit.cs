using System.Runtime.CompilerServices;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.IsolationForest.Forest;

internal sealed partial class IsolationForestModel
{
    private readonly int[] _treeFeatures;
    private readonly int[] _candidates;
    private int[] _rowOrder = [];
    private double[] _columns = [];
    private int[] _members = [];
    private int _psi;
    private int _treeFeatureCount;

    /// <summary>Grows every tree on <paramref name="rows"/> training vectors, replacing the previous forest.</summary>
    /// <remarks>
    /// The draws, in order, for each tree: ψ rows without replacement (a partial Fisher–Yates shuffle continued from the
    /// previous tree's order); when <c>maxFeatures</c> &lt; 1, max(1, ⌊maxFeatures · dimensions⌋) features without
    /// replacement; then, node by node depth-first (left subtree first), features in random order from the tree's
    /// features until one is not constant on the node's points, and a threshold uniform in [min, max) of that feature
    /// (min if rounding gives max). A node becomes a leaf at depth ceil(log2 ψ), with one point, or when every feature
    /// is constant on its points. This follows scikit-learn's random splitter, except that scikit-learn calls a feature
    /// constant when its range is below 1e-7 (absolute) and works in float32; here only an exactly constant feature is.
    /// </remarks>
    /// <param name="data">Training vectors, one after another, none with NaN.</param>
    /// <param name="rows">Number of training vectors, at least 1.</param>
    /// <param name="seed">Seed of this fit's draws.</param>
    public void Fit(ReadOnlySpan<double> data, int rows, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(data.Length, rows * _dimensions);
        int psi = Math.Min(_maxSamples, rows);
        _depth = DepthFor(psi);
        _internalPerTree = (1 << _depth) - 1;
        _leavesPerTree = 1 << _depth;
        _denominator = _trees * AveragePathLength.Of(psi);
        SamplesPerTree = psi;
        _psi = psi;
        if (_rowOrder.Length < rows)
        {
            _rowOrder = new int[rows];
        }

        if (_members.Length < psi)
        {
            _columns = new double[psi * _dimensions];
            _members = new int[psi];
        }

        for (int i = 0; i < rows; i++)
        {
            _rowOrder[i] = i;
        }

        int featureCount = FeaturesPerTree(_maxFeatures, _dimensions);
        var random = new Xoshiro256StarStar(seed);
        for (int t = 0; t < _trees; t++)
        {
            for (int k = 0; k < psi; k++)
            {
                int j = k + random.NextBelow(rows - k);
                (_rowOrder[k], _rowOrder[j]) = (_rowOrder[j], _rowOrder[k]);
                int row = _rowOrder[k] * _dimensions;
                for (int f = 0; f < _dimensions; f++)
                {
                    _columns[(f * psi) + k] = data[row + f];
                }

                _members[k] = k;
            }

            ChooseTreeFeatures(ref random, featureCount);
            _splits.AsSpan(t * _internalPerTree, _internalPerTree).Fill(new Split(double.PositiveInfinity, 0));
            var tree = new TreeTarget(t * _internalPerTree, t * _leavesPerTree);
            Grow(tree, ref random, 0, 0, 0, psi);
        }
    }

    /// <summary>max(1, ⌊fraction · dimensions⌋), as scikit-learn turns a float <c>max_features</c> into a count.</summary>
    /// <param name="fraction">maxFeatures.</param>
    /// <param name="dimensions">Features per vector.</param>
    public static int FeaturesPerTree(double fraction, int dimensions) => Math.Clamp((int)(fraction * dimensions), 1, dimensions);

    private void ChooseTreeFeatures(ref Xoshiro256StarStar random, int count)
    {
        for (int f = 0; f < _dimensions; f++)
        {
            _treeFeatures[f] = f;
        }

        if (count < _dimensions)
        {
            for (int k = 0; k < count; k++)
            {
                int j = k + random.NextBelow(_dimensions - k);
                (_treeFeatures[k], _treeFeatures[j]) = (_treeFeatures[j], _treeFeatures[k]);
            }
        }

        _treeFeatureCount = count;
    }

    private void Grow(TreeTarget tree, ref Xoshiro256StarStar random, int node, int depth, int lo, int hi)
    {
        int count = hi - lo;
        if (depth < _depth && count > 1 && TryChooseSplit(ref random, lo, hi, out int feature, out double threshold))
        {
            int mid = Partition(feature, threshold, lo, hi);
            _splits[tree.SplitBase + node] = new Split(threshold, feature);
            Grow(tree, ref random, (2 * node) + 1, depth + 1, lo, mid);
            Grow(tree, ref random, (2 * node) + 2, depth + 1, mid, hi);
            return;
        }

        int leftmost = ((node + 1) << (_depth - depth)) - 1;
        _leaves[tree.LeafBase + leftmost - _internalPerTree] = depth + _pathLengths[count];
    }

    /// <summary>Draws features until one is not constant on the node's points; then a threshold in [min, max).</summary>
    /// <remarks>The features still to try are the tree's, less those found constant (the drawn one is replaced by the
    /// last); the list is copied only when a constant feature is met, which is rare.</remarks>
    private bool TryChooseSplit(ref Xoshiro256StarStar random, int lo, int hi, out int feature, out double threshold)
    {
        int[] candidates = _treeFeatures;
        for (int remaining = _treeFeatureCount; remaining > 0; remaining--)
        {
            int r = random.NextBelow(remaining);
            feature = candidates[r];
            var (min, max) = Range(_columns.AsSpan(feature * _psi, _psi), _members.AsSpan(lo, hi - lo));
            if (max > min)
            {
                threshold = min + ((max - min) * random.NextDouble());
                if (threshold >= max)
                {
                    threshold = min;
                }

                return true;
            }

            if (candidates == _treeFeatures)
            {
                _treeFeatures.AsSpan(0, _treeFeatureCount).CopyTo(_candidates);
                candidates = _candidates;
            }

            candidates[r] = candidates[remaining - 1];
        }

        feature = 0;
        threshold = 0;
        return false;
    }

    private static (double Min, double Max) Range(ReadOnlySpan<double> column, ReadOnlySpan<int> members)
    {
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (int member in members)
        {
            double v = column[member];
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, max);
    }

    /// <summary>Moves the node's points with <c>x[feature] &lt;= threshold</c> to the front of its run of
    /// <see cref="_members"/>; returns where the rest start. Branch-free Lomuto partition: every step swaps and the
    /// boundary advances by the comparison, so random sides cost no mispredictions.</summary>
    private int Partition(int feature, double threshold, int lo, int hi)
    {
        var column = _columns.AsSpan(feature * _psi, _psi);
        var members = _members.AsSpan(0, _psi);
        int boundary = lo;
        for (int i = lo; i < hi; i++)
        {
            int member = members[i];
            bool left = column[member] <= threshold;
            members[i] = members[boundary];
            members[boundary] = member;
            boundary += Unsafe.As<bool, byte>(ref left);
        }

        return boundary;
    }

    /// <summary>Where one tree's splits and leaves start in the forest's arrays.</summary>
    private readonly record struct TreeTarget(int SplitBase, int LeafBase);
}
