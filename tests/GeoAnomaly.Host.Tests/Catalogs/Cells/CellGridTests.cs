using GeoAnomaly.Host.Catalogs.Cells;

namespace GeoAnomaly.Host.Tests.Catalogs.Cells;

public sealed class CellGridTests
{
    [Fact]
    public void A_regular_grid_names_its_cells_by_their_south_west_corners_row_by_row()
    {
        // When: 2 degrees of latitude by 3 of longitude in 1-degree cells
        var grid = CellGrid.Regular(34, 36, 139, 142, 1);

        // Then
        Assert.Equal((2, 3), (grid.Rows, grid.Columns));
        Assert.Equal(["34_139", "34_140", "34_141", "35_139", "35_140", "35_141"], grid.Cells.Select(c => c.Id));
        Assert.Equal((34.5, 139.5), (grid.Cells[0].CentreLatitude, grid.Cells[0].CentreLongitude));
    }

    [Fact]
    public void A_cell_covers_its_inside_and_its_edges_and_nothing_outside()
    {
        // Given
        var grid = CellGrid.Regular(34, 36, 139, 142, 1);

        // Then: a shared edge belongs to both neighbours
        Assert.True(grid.Cells[0].Contains(34.2, 139.7));
        Assert.True(grid.Cells[0].Contains(35, 140));
        Assert.True(grid.Cells[4].Contains(35, 140));
        Assert.True(grid.Cells[5].Contains(36, 142));
        Assert.False(grid.Cells[0].Contains(33.99, 140));
        Assert.DoesNotContain(grid.Cells, c => c.Contains(35, 142.5));
    }

    [Fact]
    public void Distance_to_a_cell_is_zero_inside_and_the_great_circle_distance_to_its_nearest_edge_outside()
    {
        // Given: the cell 0..1 N, 0..1 E
        var cell = CellGrid.Regular(0, 1, 0, 1, 1).Cells[0];

        // Then: one degree of latitude north of the cell is 111.19 km on a sphere of 6,371 km
        Assert.Equal(0, cell.DistanceKm(0.5, 0.5));
        Assert.Equal(2 * Math.PI * 6371 / 360, cell.DistanceKm(2, 0.5), 6);
        Assert.Equal(Geodesy.DistanceKm(0.5, 3, 0.5, 1), cell.DistanceKm(0.5, 3), 6);
    }

    [Fact]
    public void Invalid_rectangles_steps_and_oversized_grids_are_refused_with_the_values()
    {
        var inverted = Assert.Throws<ArgumentException>(() => CellGrid.Regular(36, 34, 139, 142, 1));
        Assert.Contains("south 36", inverted.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CellGrid.Regular(34, 36, 139, 142, 0));
        Assert.Throws<ArgumentException>(() => CellGrid.Regular(-90, 90, -180, 180, 0.01));
    }

    [Fact]
    public void The_Dobrovolsky_radius_of_a_magnitude_6_is_380_km()
    {
        // R = 10^(0.43 x 6) = 10^2.58
        Assert.Equal(380.19, Geodesy.DobrovolskyRadiusKm(6), 2);
    }
}
