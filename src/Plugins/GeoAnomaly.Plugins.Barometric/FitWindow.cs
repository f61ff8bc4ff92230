namespace GeoAnomaly.Plugins.Barometric;

/// <summary>The trailing fit window as a ring of per-interval blocks of normal equations.</summary>
/// <remarks>
/// Block b holds the regression rows of the samples whose absolute index lies in <c>[b·k, (b+1)·k)</c>, k the refit
/// interval. A block counts only when its state saw every sample the block's rows need (the whole block and the
/// <c>lags + 1</c> samples before it), so a state started anywhere assembles the same window as one that saw the whole
/// history once it is past its warm-up. The fit at the start of block b uses blocks b-K .. b-1 (K = span / k): the
/// window ends before the first sample the fit is applied to, so the correction is causal.
/// </remarks>
internal sealed class FitWindow
{
    private readonly Block[] _blocks;
    private readonly NormalEquations _sum;

    /// <summary>A window of <paramref name="blocks"/> blocks of equations with <paramref name="size"/> regressors.</summary>
    /// <param name="blocks">Blocks per window, K.</param>
    /// <param name="size">Regressors per row.</param>
    public FitWindow(int blocks, int size)
    {
        _blocks = new Block[blocks];
        for (int i = 0; i < blocks; i++)
        {
            _blocks[i] = new Block(size);
        }

        Current = new Block(size);
        _sum = new NormalEquations(size);
        Reset();
    }

    /// <summary>The block being filled.</summary>
    public Block Current { get; private set; }

    /// <summary>Forgets every block.</summary>
    public void Reset()
    {
        foreach (var block in _blocks)
        {
            block.Clear(long.MinValue, false);
        }

        Current.Clear(long.MinValue, false);
    }

    /// <summary>Closes the current block (keeping it if it counts) and opens block <paramref name="number"/>.</summary>
    /// <param name="number">Absolute block number of the new block.</param>
    /// <param name="counts">Whether the new block will count (its state sees all it needs).</param>
    public void Open(long number, bool counts)
    {
        if (Current.Counts)
        {
            int slot = (int)(((Current.Number % _blocks.Length) + _blocks.Length) % _blocks.Length);
            (_blocks[slot], Current) = (Current, _blocks[slot]);
        }

        Current.Clear(number, counts);
    }

    /// <summary>Sums the counted blocks numbered <c>before - K .. before - 1</c>.</summary>
    /// <param name="before">Number of the block the fit will apply to.</param>
    /// <param name="pressureSum">Sum of the valid scaled pressures in those blocks.</param>
    /// <param name="pressureCount">Number of valid pressures in those blocks.</param>
    /// <returns>The summed equations (owned by the window, valid until the next call).</returns>
    public NormalEquations Sum(long before, out double pressureSum, out long pressureCount)
    {
        _sum.Clear();
        pressureSum = 0;
        pressureCount = 0;
        for (long number = before - _blocks.Length; number < before; number++)
        {
            var block = _blocks[(int)(((number % _blocks.Length) + _blocks.Length) % _blocks.Length)];
            if (block.Counts && block.Number == number)
            {
                block.Equations.AddTo(_sum);
                pressureSum += block.PressureSum;
                pressureCount += block.PressureCount;
            }
        }

        return _sum;
    }

    /// <summary>One refit interval's worth of regression rows and pressures.</summary>
    internal sealed class Block
    {
        /// <summary>An empty block.</summary>
        /// <param name="size">Regressors per row.</param>
        public Block(int size) => Equations = new NormalEquations(size);

        /// <summary>Absolute block number: sample index divided by the refit interval.</summary>
        public long Number { get; private set; }

        /// <summary>Whether the block enters fits.</summary>
        public bool Counts { get; private set; }

        /// <summary>The block's regression rows.</summary>
        public NormalEquations Equations { get; }

        /// <summary>Sum of the valid scaled pressures.</summary>
        public double PressureSum { get; set; }

        /// <summary>Number of valid pressures.</summary>
        public long PressureCount { get; set; }

        /// <summary>Empties the block and renumbers it.</summary>
        /// <param name="number">Absolute block number.</param>
        /// <param name="counts">Whether it enters fits.</param>
        public void Clear(long number, bool counts)
        {
            Equations.Clear();
            PressureSum = 0;
            PressureCount = 0;
            Number = number;
            Counts = counts;
        }
    }
}
