using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>What a catalog reader does with a malformed row: throw (the default) or skip it and count it.</summary>
/// <param name="skip">True to skip and count bad rows (<c>--skip-bad-rows</c>), false to throw on the first.</param>
internal sealed class BadRows(bool skip)
{
    /// <summary>How many skipped rows keep their message.</summary>
    public const int MaxDetails = 100;

    private readonly List<string> _details = [];

    /// <summary>Rows skipped so far.</summary>
    public int Count { get; private set; }

    /// <summary>The first <see cref="MaxDetails"/> skipped rows' messages (file, line, column, reason).</summary>
    public IReadOnlyList<string> Details => _details;

    /// <summary>Throws <paramref name="error"/>, or records it when skipping.</summary>
    /// <param name="error">The row's problem, naming file, line and column.</param>
    /// <exception cref="DataException">Not skipping: <paramref name="error"/> itself.</exception>
    public void Handle(DataException error)
    {
        if (!skip)
        {
            throw error;
        }

        Count++;
        if (_details.Count < MaxDetails)
        {
            _details.Add(error.Message);
        }
    }
}
