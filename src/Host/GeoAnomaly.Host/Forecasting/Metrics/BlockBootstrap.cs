using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>A bootstrap percentile interval and how many resamples gave a value.</summary>
/// <param name="Lower">The (1 − level)/2 percentile of the statistic over valid resamples.</param>
/// <param name="Upper">The (1 + level)/2 percentile.</param>
/// <param name="ValidResamples">Resamples on which the statistic was not NaN (the others are skipped).</param>
internal readonly record struct BootstrapInterval(double Lower, double Upper, int ValidResamples);

/// <summary>
/// Block bootstrap over rows: rows are grouped into blocks by a key (such as the block index of the issue time, so
/// rows that share weather, aftershocks or a network outage stay together), and each resample draws as many whole
/// blocks as there are, with replacement.
/// </summary>
/// <remarks>
/// <para>The class only produces resampled row-index arrays; the caller evaluates any statistics on them, so one
/// resample can score several forecasts at once (the AUC of a model and of the reference on the same draw) and
/// their difference gets an interval too. Draws come from <see cref="Xoshiro256StarStar"/> seeded once, so a seed
/// gives the same resamples on every machine.</para>
/// <para>Intervals are percentile intervals (Efron): the (1 − level)/2 and (1 + level)/2 quantiles of the statistic
/// over resamples, interpolated linearly between order statistics. Resamples where a statistic is NaN (say, AUC on a
/// draw without events) are skipped for that statistic and counted in <see cref="BootstrapInterval.ValidResamples"/>.</para>
/// </remarks>
internal sealed class BlockBootstrap
{
    private readonly int[][] _blocks;

    private BlockBootstrap(int[][] blocks) => _blocks = blocks;

    /// <summary>Number of blocks.</summary>
    public int BlockCount => _blocks.Length;

    /// <summary>Groups rows by key, blocks in order of first appearance.</summary>
    /// <typeparam name="TKey">The block key type.</typeparam>
    /// <param name="blockKeys">One key per row.</param>
    public static BlockBootstrap Create<TKey>(IReadOnlyList<TKey> blockKeys)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(blockKeys);
        var index = new Dictionary<TKey, int>();
        var rows = new List<List<int>>();
        for (int i = 0; i < blockKeys.Count; i++)
        {
            if (!index.TryGetValue(blockKeys[i], out int block))
            {
                block = rows.Count;
                index.Add(blockKeys[i], block);
                rows.Add([]);
            }

            rows[block].Add(i);
        }

        return new BlockBootstrap(rows.Select(r => r.ToArray()).ToArray());
    }

    /// <summary>Resampled row indices, one array per iteration (blocks drawn with replacement, rows in block order).</summary>
    /// <param name="iterations">Number of resamples, &gt; 0.</param>
    /// <param name="seed">Seed of the generator.</param>
    public IEnumerable<int[]> Resamples(int iterations, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        var random = new Xoshiro256StarStar(seed);
        for (int i = 0; i < iterations; i++)
        {
            yield return Draw(ref random);
        }
    }

    /// <summary>Percentile intervals of several statistics evaluated on the same resamples.</summary>
    /// <param name="statistics">Given resampled row indices, returns one value per statistic (always the same count).</param>
    /// <param name="iterations">Number of resamples, &gt; 0.</param>
    /// <param name="level">Confidence level in (0, 1), such as 0.95.</param>
    /// <param name="seed">Seed of the generator.</param>
    /// <returns>One interval per statistic; NaN ends where a statistic had no valid resample.</returns>
    public BootstrapInterval[] Intervals(Func<int[], double[]> statistics, int iterations, double level, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1)");
        }

        List<double>[]? values = null;
        foreach (int[] rows in Resamples(iterations, seed))
        {
            double[] result = statistics(rows);
            values ??= [.. Enumerable.Range(0, result.Length).Select(_ => new List<double>(iterations))];
            if (result.Length != values.Length)
            {
                throw new ArgumentException($"statistics returned {result.Length} values after {values.Length} on an earlier resample", nameof(statistics));
            }

            for (int s = 0; s < result.Length; s++)
            {
                if (!double.IsNaN(result[s]))
                {
                    values[s].Add(result[s]);
                }
            }
        }

        return [.. values!.Select(v => Percentiles(v, level))];
    }

    /// <summary>Percentile interval of one statistic.</summary>
    /// <param name="statistic">Given resampled row indices, returns the statistic (NaN to skip the resample).</param>
    /// <param name="iterations">Number of resamples, &gt; 0.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <param name="seed">Seed of the generator.</param>
    public BootstrapInterval Interval(Func<int[], double> statistic, int iterations, double level, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return Intervals(rows => [statistic(rows)], iterations, level, seed)[0];
    }

    /// <summary>The values at <paramref name="rows"/>: a resampled copy of a per-row array.</summary>
    /// <typeparam name="T">Element type.</typeparam>
    /// <param name="values">Per-row values.</param>
    /// <param name="rows">Row indices from a resample.</param>
    public static T[] Gather<T>(IReadOnlyList<T> values, int[] rows)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rows);
        var result = new T[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            result[i] = values[rows[i]];
        }

        return result;
    }

    private int[] Draw(ref Xoshiro256StarStar random)
    {
        var picked = new int[_blocks.Length];
        int length = 0;
        for (int b = 0; b < picked.Length; b++)
        {
            picked[b] = random.NextBelow(_blocks.Length);
            length += _blocks[picked[b]].Length;
        }

        var rows = new int[length];
        int at = 0;
        foreach (int block in picked)
        {
            _blocks[block].CopyTo(rows, at);
            at += _blocks[block].Length;
        }

        return rows;
    }

    private static BootstrapInterval Percentiles(List<double> values, double level)
    {
        if (values.Count == 0)
        {
            return new BootstrapInterval(double.NaN, double.NaN, 0);
        }

        values.Sort();
        return new BootstrapInterval(Quantile(values, (1 - level) / 2), Quantile(values, (1 + level) / 2), values.Count);
    }

    private static double Quantile(List<double> sorted, double q)
    {
        double position = q * (sorted.Count - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
