using GeoAnomaly.Plugins.Tides.Astronomy;
using GeoAnomaly.Plugins.Tides.Fitting;
using GeoAnomaly.Sdk;
using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Plugins.Tides;

/// <summary>The state of <see cref="EarthTidesEntirePreprocessor"/>: each <see cref="Process"/> call is a whole series,
/// fitted once and written out with that one fit.</summary>
internal sealed class EarthTidesEntireState : IComponentState
{
    /// <summary>How often the harmonic columns are recomputed exactly (rotated one step at a time in between).</summary>
    private const int BlockRows = 4096;

    private readonly TideSolver _solver;
    private readonly DesignRow _layout;
    private readonly BlockBuffer _buffer;
    private readonly double[] _row;

    public EarthTidesEntireState(EarthTidesEntireOptions options)
    {
        var settings = options.Model();
        _solver = new TideSolver(settings);
        _layout = _solver.Layout;
        _buffer = new BlockBuffer(_layout.Count, BlockBuffer.Capacity);
        _row = new double[_layout.Count];
        Outputs = settings.OutputNames();
    }

    /// <summary><c>value</c> (observation − tide), <c>tide</c>, then amplitude and phase per constituent.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>0: retrospective, the whole series is one fit.</summary>
    public int WarmUp => 0;

    /// <summary>The fit of the last series processed (for tests and diagnostics).</summary>
    internal TideFit? LastFit { get; private set; }

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length < Outputs.Count * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected {Outputs.Count} x {n}", nameof(output));
        }

        output[..(Outputs.Count * n)].Fill(double.NaN);
        LastFit = n == 0 ? null : Fit(input, cancellationToken);
        if (LastFit is null)
        {
            return;
        }

        var harmonics = _row.AsSpan(_layout.PolynomialCount);
        var rotation = _layout.Rotation(input.Step.TotalHours);
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Harmonics(i, HoursAt(input, i), rotation, harmonics);
            double tide = LastFit.Evaluate(harmonics);
            output[i] = input.Values[i] - tide;
            output[n + i] = tide;
        }

        for (int c = 0; c < LastFit.Amplitudes.Length; c++)
        {
            output.Slice((2 + (2 * c)) * n, n).Fill(LastFit.Amplitudes[c]);
            output.Slice((3 + (2 * c)) * n, n).Fill(LastFit.Phases[c]);
        }
    }

    public void Reset()
    {
        _buffer.Clear();
        LastFit = null;
    }

    private TideFit? Fit(SampleBlock input, CancellationToken cancellationToken)
    {
        int n = input.Length;
        double stepHours = input.Step.TotalHours;
        double origin = HoursAt(input, 0) + ((n - 1) * stepHours / 2);
        double scale = n * stepHours;
        var rotation = _layout.Rotation(stepHours);
        var harmonics = _row.AsSpan(_layout.PolynomialCount);
        _buffer.Clear();
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            double hours = HoursAt(input, i);
            Harmonics(i, hours, rotation, harmonics);
            double value = input.Values[i];
            if (double.IsFinite(value))
            {
                _layout.FillPolynomial((hours - origin) / scale, _row);
                _buffer.Add(_row, value, hours);
            }
        }

        int valid = _buffer.Count;
        double first = _buffer.FirstHours;
        double last = _buffer.LastHours;
        var factor = _buffer.Factor();
        _buffer.Clear();
        if (factor is null || valid <= _layout.Count)
        {
            return null;
        }

        var r = Matrix<double>.Build.Dense(_layout.Count + 1, _layout.Count + 1, factor);
        return _solver.Solve(r, last - first + stepHours, (first + last) / 2, valid);
    }

    /// <summary>Harmonic columns of sample <paramref name="i"/>: exact at every <see cref="BlockRows"/>-th sample, rotated in between.</summary>
    private void Harmonics(int i, double hours, double[] rotation, Span<double> harmonics)
    {
        if (i % BlockRows == 0)
        {
            _layout.FillHarmonics(hours, harmonics);
        }
        else
        {
            DesignRow.Advance(rotation, harmonics);
        }
    }

    private static double HoursAt(SampleBlock input, int i) =>
        AstronomicalArguments.HoursSinceJ2000(input.Start.UtcTicks + (i * input.Step.Ticks));
}
