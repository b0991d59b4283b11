using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class DatasetPropertyConfiguration : IEntityTypeConfiguration<DatasetProperty>
{
    public void Configure(EntityTypeBuilder<DatasetProperty> builder)
    {
        builder.ToTable("Dataset");
        builder.HasKey(p => p.Key);
        builder.Property(p => p.Key).HasMaxLength(50);
    }
}
