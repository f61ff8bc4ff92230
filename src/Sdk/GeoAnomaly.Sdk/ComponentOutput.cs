namespace GeoAnomaly.Sdk;

/// <summary>The outputs of a state over a whole series, one column per output name.</summary>
public sealed class ComponentOutput
{
    private readonly double[] _data;

    /// <summary>Wraps <paramref name="data"/> (column after column, each <paramref name="length"/> long; not copied).</summary>
    /// <param name="names">Output names.</param>
    /// <param name="start">Time of the first sample.</param>
    /// <param name="step">Sampling interval.</param>
    /// <param name="length">Samples per column.</param>
    /// <param name="data">The values, <c>names.Count * length</c> of them.</param>
    public ComponentOutput(IReadOnlyList<string> names, DateTimeOffset start, TimeSpan step, int length, double[] data)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length != names.Count * length)
        {
            throw new ArgumentException($"output holds {data.Length} values, expected {names.Count} x {length}", nameof(data));
        }

        Names = names;
        Start = start;
        Step = step;
        Length = length;
        _data = data;
    }

    /// <summary>Output names, primary first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Time of the first sample.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Sampling interval.</summary>
    public TimeSpan Step { get; }

    /// <summary>Samples per column.</summary>
    public int Length { get; }

    /// <summary>The primary output (score or cleaned value).</summary>
    public ReadOnlySpan<double> Primary => Column(0);

    /// <summary>Output column <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based output index.</param>
    public ReadOnlySpan<double> Column(int index) => _data.AsSpan(index * Length, Length);

    /// <summary>The output column named <paramref name="name"/>.</summary>
    /// <param name="name">An output name.</param>
    /// <exception cref="KeyNotFoundException">No output has that name.</exception>
    public ReadOnlySpan<double> Column(string name)
    {
        for (int k = 0; k < Names.Count; k++)
        {
            if (Names[k] == name)
            {
                return Column(k);
            }
        }

        throw new KeyNotFoundException($"no output named '{name}'; outputs are {string.Join(", ", Names)}");
    }

    /// <summary>Output column <paramref name="index"/> as a series (copied).</summary>
    /// <param name="index">Zero-based output index.</param>
    public Series ToSeries(int index = 0) => new(Start, Step, Column(index).ToArray());
}
